package cn.gov.wujin.selfcheck.notice.control;

import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One file of the initial content ({@code src/main/resources/help/}): header lines {@code key: value}
 * (kind, title, and for a 政策法规 issuer, number and date), a line {@code ---}, then the HTML body.
 */
public record HelpFile(ArticleKind kind, String title, String issuer, String number, LocalDate date, String body) {

    public static HelpFile parse(String text) {
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException("no --- line between the header and the body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                continue;
            }
            if (colon < 1) {
                throw new IllegalArgumentException("not a header line: " + line);
            }
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String title = header.get("title");
        if (title == null || title.isEmpty() || !header.containsKey("kind")) {
            throw new IllegalArgumentException("a help file names its kind and title");
        }
        String date = header.get("date");
        return new HelpFile(ArticleKind.valueOf(header.get("kind")), title, header.get("issuer"), header.get("number"),
                date == null || date.isEmpty() ? null : LocalDate.parse(date), text.substring(separator + 5).strip());
    }
}
