package cn.gov.wujin.selfcheck.platform.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * Rich text written in PrimeFaces' editor (notices, articles), reduced on the server to a safe subset
 * by the OWASP Java HTML Sanitizer before it is stored: paragraphs, headings, lists, emphasis, quotes,
 * code, tables, links to http(s) and mail addresses (opened with {@code rel="nofollow noopener
 * noreferrer"}), the editor's own alignment and indent classes, and images only from this
 * application's own relative addresses (no remote images, which would tell a third party who read
 * what). Scripts, styles, event handlers, forms, frames and {@code javascript:} links are dropped.
 */
public final class SafeHtml {

    /** A relative address inside the application: no scheme, no host, no "..". */
    private static final Pattern OWN_RELATIVE_URL = Pattern.compile("(?!.*\\.\\.)(?!//)[A-Za-z0-9_\\-/]+(\\?[A-Za-z0-9_=&%\\-.]*)?");

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static final Pattern EDITOR_CLASS = Pattern.compile("(ql-[a-z0-9\\-]+)( ql-[a-z0-9\\-]+)*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                    "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup", "blockquote", "pre", "code",
                    "hr", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("class").matching(EDITOR_CLASS).globally()
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("target").matching(Pattern.compile("_blank")).onElements("a")
            .allowAttributes("src").matching(OWN_RELATIVE_URL).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("td", "th")
            .toFactory();

    private SafeHtml() {
    }

    /** The safe subset of {@code html}; null stays null. */
    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    /** Plain text made safe to place in HTML (element content or a quoted attribute). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text a reader sees of sanitised HTML, for a mail's plain-text part: paragraphs and breaks as new lines. */
    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|div|h[1-6]|li|tr|blockquote|pre)>", "\n")
                .replaceAll("<[^>]*>", "");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(
                m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2)))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Whether the sanitised text holds anything a reader would see (an editor's empty {@code <p><br></p>} does not). */
    public static boolean hasText(String html) {
        if (html == null) {
            return false;
        }
        String text = html.replaceAll("<img\\b[^>]*>", "x").replaceAll("<[^>]*>", "").replace("&nbsp;", " ").strip();
        return !text.isEmpty();
    }
}
