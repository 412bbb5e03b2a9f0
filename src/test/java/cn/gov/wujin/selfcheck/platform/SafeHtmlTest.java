package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.html.SafeHtml;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeHtmlTest {

    @Test
    void keepsTheEditorsFormatting() {
        String html = "<h2>通知</h2><p class=\"ql-align-center\"><strong>各单位</strong>请于<em>25日</em>前完成。</p>"
                + "<ol><li>一</li><li>二</li></ol>";
        assertEquals(html, SafeHtml.sanitize(html));
    }

    @Test
    void dropsScriptsHandlersAndScriptLinks() {
        String sanitized = SafeHtml.sanitize("<p onclick=\"alert(1)\">正文</p><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">链接</a><img src=x onerror=alert(4)><iframe src=\"/\"></iframe>"
                + "<p style=\"background:url(javascript:alert(5))\">样式</p><svg onload=alert(6)></svg>");
        assertFalse(sanitized.contains("alert"), sanitized);
        assertFalse(sanitized.contains("script"), sanitized);
        assertFalse(sanitized.contains("iframe"), sanitized);
        assertTrue(sanitized.contains("正文") && sanitized.contains("链接") && sanitized.contains("样式"), sanitized);
    }

    @Test
    void linksOpenWithoutReferrerAndRemoteImagesAreDropped() {
        String link = SafeHtml.sanitize("<a href=\"https://www.wujin.gov.cn/\">区政府</a>");
        assertTrue(link.startsWith("<a href=\"https://www.wujin.gov.cn/\" rel=\"") && link.endsWith("\">区政府</a>"), link);
        assertTrue(link.contains("noopener") && link.contains("noreferrer") && link.contains("nofollow"), link);
        assertEquals("", SafeHtml.sanitize("<img src=\"https://tracker.example/pixel.gif\">"));
        assertEquals("", SafeHtml.sanitize("<img src=\"//tracker.example/pixel.gif\">"));
        assertEquals("", SafeHtml.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"));
        assertEquals("<img src=\"help-image?name&#61;login.png\" alt=\"登录\" />",
                SafeHtml.sanitize("<img src=\"help-image?name=login.png\" alt=\"登录\">"));
    }

    @Test
    void anEmptyEditorHasNoText() {
        assertFalse(SafeHtml.hasText(SafeHtml.sanitize("<p><br></p>")));
        assertFalse(SafeHtml.hasText(SafeHtml.sanitize("<script>x</script>")));
        assertTrue(SafeHtml.hasText(SafeHtml.sanitize("<p>内容</p>")));
    }

    @Test
    void plainTextForMailAndEscapedText() {
        assertEquals("通知\n各单位：请于25日前完成。\n一\n二",
                SafeHtml.toText(SafeHtml.sanitize("<h2>通知</h2><p>各单位：请于<b>25日</b>前完成。</p><ul><li>一</li><li>二</li></ul>")));
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", SafeHtml.escape("<script>alert(\"x\")</script> & '"));
    }
}
