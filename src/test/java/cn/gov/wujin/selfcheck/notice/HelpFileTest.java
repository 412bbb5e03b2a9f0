package cn.gov.wujin.selfcheck.notice;

import cn.gov.wujin.selfcheck.notice.control.HelpFile;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpFileTest {

    @Test
    void readsTheHeaderAndTheBody() {
        HelpFile file = HelpFile.parse("kind: POLICY\ntitle: 安全生产事故隐患排查治理暂行规定\nissuer: 国家安全生产监督管理总局\n"
                + "number: 国家安全生产监督管理总局令第16号\ndate: 2007-12-28\n---\n<p>正文：第一段</p>\n");
        assertEquals(ArticleKind.POLICY, file.kind());
        assertEquals("安全生产事故隐患排查治理暂行规定", file.title());
        assertEquals("国家安全生产监督管理总局令第16号", file.number());
        assertEquals(LocalDate.of(2007, 12, 28), file.date());
        assertEquals("<p>正文：第一段</p>", file.body(), "a colon in the body is the body's");
    }

    @Test
    void theOptionalFieldsMayBeMissingButNotTheKindTitleOrSeparator() {
        HelpFile file = HelpFile.parse("kind: FAQ\ntitle: 忘记密码怎么办？\n---\n<p>联系属地。</p>");
        assertNull(file.issuer());
        assertNull(file.date());
        assertThrows(IllegalArgumentException.class, () -> HelpFile.parse("title: 无类别\n---\n<p>x</p>"));
        assertThrows(IllegalArgumentException.class, () -> HelpFile.parse("kind: FAQ\ntitle: 无分隔\n<p>x</p>"));
        assertThrows(IllegalArgumentException.class, () -> HelpFile.parse("kind: NOPE\ntitle: 错误类别\n---\n<p>x</p>"));
    }

    /** Every file the loader reads parses, and the content holds what the issue asks for. */
    @Test
    void theShippedContentParses() throws IOException {
        List<String> names = read("index.txt").lines().filter(l -> !l.isBlank()).toList();
        List<HelpFile> files = names.stream().map(n -> HelpFile.parse(read(n))).toList();
        assertTrue(files.stream().filter(f -> f.kind() == ArticleKind.FAQ).count() >= 10, "at least 10 常见问题");
        assertTrue(files.stream().filter(f -> f.kind() == ArticleKind.HELP).count() >= 9, "one 在线帮助 article per module");
        assertTrue(files.stream().anyMatch(f -> f.kind() == ArticleKind.POLICY && "国家安全生产监督管理总局令第16号".equals(f.number())));
        assertTrue(files.stream().anyMatch(f -> f.kind() == ArticleKind.POLICY && "武政办发〔2013〕110号".equals(f.number())));
        java.util.regex.Pattern image = java.util.regex.Pattern.compile("help-image\\?name=([a-z0-9-]+\\.png)");
        long images = 0;
        for (HelpFile file : files) {
            java.util.regex.Matcher matcher = image.matcher(file.body());
            while (matcher.find()) {
                images++;
                assertTrue(HelpFileTest.class.getResource("/help/images/" + matcher.group(1)) != null,
                        "the screenshot " + matcher.group(1) + " of " + file.title() + " exists");
            }
        }
        assertTrue(images >= 5, "the manual shows this system's screens");
    }

    private static String read(String name) {
        try (InputStream in = HelpFileTest.class.getResourceAsStream("/help/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
