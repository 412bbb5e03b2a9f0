package cn.gov.wujin.selfcheck.notice;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InboxPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.NoticeEditPage;
import cn.gov.wujin.selfcheck.pages.NoticeReadPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.OfficerNoticePage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 公告通知 from an officer to one town: the town's enterprise sees the badge, reads the notice, downloads its
 * attachment, and the officer sees the read rate move; another town's enterprise never reaches it, neither
 * by its id nor by the attachment's address. What an officer writes is rendered harmless.
 */
@ExtendWith(IsolatedServer.class)
class NoticeIT extends BrowserTest {

    private static final String OFFICER = Demo.TOWN_HUTANG;
    /** 湖塘镇: a recipient. No other test on the isolated server logs in as it. */
    private static final String RECIPIENT = Demo.HUTANG_MALL;
    /** 牛塘镇: outside the audience. */
    private static final String OUTSIDER = Demo.NIUTANG_RESTAURANT;

    @Override
    protected String baseUrl() {
        return IsolatedServer.baseUrl();
    }

    @Test
    void anOfficerPublishesToOneTownWhoseEnterpriseReadsItAndNoOtherReachesIt() throws Exception {
        Path pdf = TestFiles.pdf("冬季检查表.pdf", "冬季安全检查表");
        String title = "关于冬季安全检查的通知<script>window.xssTitle=1</script>-" + System.currentTimeMillis();

        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        NoticeEditPage edit = NoticeEditPage.open(driver, baseUrl()).title(title);
        edit.upload(TestFiles.htmlDressedAsPdf("伪装.pdf"));
        assertTrue(edit.messages().contains("附件只能是"), edit.messages());
        assertEquals(List.of(), edit.attachmentNames(), "a forbidden file is not kept");
        edit.upload(pdf);
        assertEquals(1, edit.attachmentNames().size(), edit.messages());
        edit.audience("按属地（镇、街道）");
        // No body yet: refused with a message naming the field, the title kept.
        assertTrue(edit.publishRefused().contains("请填写公告正文"));
        assertEquals(title, edit.titleValue(), "nothing typed is lost");
        edit.rawBody("<p>请各单位<strong>按时</strong>完成自查。</p><img src=x onerror=\"window.xssBody=1\">"
                + "<script>window.xssBody=2</script><a href=\"javascript:window.xssBody=3\">详情</a>"
                + "<img src=\"https://tracker.example/p.gif\">");
        OfficerNoticePage officer = edit.publish();
        String id = officer.id();
        assertEquals(title, officer.title(), "the title is shown as text");
        assertTrue(officer.readRate().startsWith("已读 0 / "), officer.readRate());
        int recipients = Integer.parseInt(officer.readRate().replaceFirst("^已读 0 / (\\d+).*$", "$1"));
        assertTrue(officer.unreadEnterprises().contains(RECIPIENT), officer.unreadEnterprises().toString());
        assertFalse(officer.unreadEnterprises().contains(OUTSIDER));

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(RECIPIENT, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        EnterpriseHomePage home = new EnterpriseHomePage(driver).awaitShown();
        String badge = home.unreadNotices();
        long unread = Long.parseLong(badge.replaceAll("\\D", ""));
        assertTrue(unread >= 1, badge);
        Gui.clickReplacing(driver, driver.findElement(By.id("unreadNotices")), driver.findElement(By.id("unreadNotices")));
        InboxPage inbox = new InboxPage(driver).awaitShown();
        assertTrue(inbox.titles().contains(title), "the unread list holds it: " + inbox.titles());
        inbox.open(title);
        NoticeReadPage notice = new NoticeReadPage(driver).awaitShown();
        assertEquals(title, notice.title());
        assertTrue(notice.bodyText().contains("请各单位按时完成自查。"), notice.bodyText());
        assertEquals(0, notice.countInBody("script, [onerror], a[href^='javascript'], img[src^='http']"),
                "the body keeps no script, handler, script link or remote image");
        assertNull(notice.windowValue("xssTitle"));
        assertNull(notice.windowValue("xssBody"));
        List<String> files = notice.attachmentNames();
        assertEquals(1, files.size(), files.toString());
        assertEquals(List.of("冬季检查表.pdf"), files);
        String download = notice.attachmentPaths().get(0);

        JsfClient recipient = new JsfClient(baseUrl());
        recipient.login(RECIPIENT, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<byte[]> file = recipient.getBytes(download);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertArrayEquals(Files.readAllBytes(pdf), file.body(), "the file as uploaded");

        // A file name and a title that carry markup (sent past the browser's upload, to the boundary itself).
        Boundary boundary = new Boundary(baseUrl());
        String named = boundary.ok(OFFICER, "notice.upload", "name", "<img src=x onerror=window.xssName=1>.pdf");
        String second = boundary.ok(OFFICER, "notice.save", "audience", "PICKED", "picked", RECIPIENT, "attachment", named,
                "title", "<b onmouseover=window.xssName=2>附件名测试</b>");
        driver.get(baseUrl() + "/enterprise/notice.xhtml?id=" + second);
        notice = new NoticeReadPage(driver).awaitShown();
        assertEquals("<b onmouseover=window.xssName=2>附件名测试</b>", notice.title(), "the title as text");
        assertEquals(0, notice.countInPage("main [onerror], main [onmouseover], main b"), "no markup of the name or title in the page");
        assertFalse(notice.attachmentNames().get(0).contains("<"), notice.attachmentNames().toString());
        assertNull(notice.windowValue("xssName"));

        home = EnterpriseHomePage.open(driver, baseUrl());
        assertEquals("您有 " + (unread - 1) + " 条未读公告通知", home.unreadNotices(), "the badge drops once both are read");

        JsfClient outsider = new JsfClient(baseUrl());
        outsider.loginEnterprise(OUTSIDER, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertFalse(outsider.get("/enterprise/notices.xhtml").body().contains("关于冬季安全检查的通知"), "not in another town's list");
        assertEquals(403, outsider.get("/enterprise/notice.xhtml?id=" + id).statusCode(), "nor by its id");
        assertEquals(403, outsider.getBytes(download).statusCode(), "nor by the attachment's address");
        assertEquals(Boundary.DENIED, boundary.call(OUTSIDER, "notice.open", "id", id), "the boundary refuses it itself");
        assertEquals(Boundary.DENIED, boundary.call(OUTSIDER, "notice.attachment", "id", download.replaceAll("\\D", "")));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "notice.summary", "id", id), "another town's officer");

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        officer = OfficerNoticePage.open(driver, baseUrl(), id);
        assertTrue(officer.readRate().startsWith("已读 1 / " + recipients), officer.readRate());
        assertFalse(officer.unreadEnterprises().contains(RECIPIENT), "the reader has left the unread list");
        assertEquals("已向 " + (recipients - 1) + " 家未读单位发送提醒。", officer.remindUnread());
        assertEquals("今天已提醒过这些单位，未重复发送。", officer.remindUnread(), "one reminder per enterprise and day");
    }
}
