package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 登录 (manual §1, §2.2): first login, captcha, lockout, logout. */
class LoginIT extends BrowserTest {

    /** A headline unique to this run, so that it cannot be one of another run's. */
    private static final String NEWS = "武进区开展安全生产月活动-" + System.currentTimeMillis();

    @Test
    void enterpriseChangesTheInitialPasswordThenSeesItsHomePanelAndLogsOut() {
        // Arrange what the authority's side publishes: 2 more unread notices, 3 more unread reminders (the daily
        // reminders may have written some already), one 新闻动态 article.
        Boundary boundary = new Boundary(baseUrl());
        long notices = Long.parseLong(boundary.ok(Demo.HUTANG_MACHINERY, "notice.unreadNotices")) + 2;
        long reminders = Long.parseLong(boundary.ok(Demo.HUTANG_MACHINERY, "notice.unread")) + 3;
        HttpResponse<String> arranged = new JsfClient(baseUrl()).post("/test-support/notices", Map.of(
                "enterprise", Demo.HUTANG_MACHINERY, "notices", "2", "reminders", "3",
                "articleKind", "NEWS", "articleTitle", NEWS));
        assertEquals(204, arranged.statusCode(), "the test server has the notice test support");
        LoginPage.open(driver, baseUrl()).loginAs(Demo.HUTANG_MACHINERY, Demo.INITIAL_PASSWORD);

        PasswordPage password = new PasswordPage(driver).awaitShown();
        assertTrue(password.isForced(), "the first login must lead to the forced password change");

        // Any other page leads back to the password page until a new password is set.
        driver.get(baseUrl() + "/enterprise/home.xhtml");
        new PasswordPage(driver).awaitShown();

        password.change(Demo.INITIAL_PASSWORD, "12345678", "12345678");
        assertTrue(new PasswordPage(driver).awaitShown().messages().contains("字母和数字"),
                "a password without letters is refused by the policy");

        new PasswordPage(driver).change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        EnterpriseHomePage home = new EnterpriseHomePage(driver).awaitShown();

        assertAll(
                () -> assertEquals(Demo.HUTANG_MACHINERY, home.fact("name")),
                () -> assertEquals("应急管理局（安监）", home.fact("department")),
                () -> assertEquals("工贸企业 / 机械", home.fact("type")),
                () -> assertEquals("湖塘镇", home.fact("town")),
                () -> assertEquals("重点", home.fact("level")),
                () -> assertEquals("86", home.fact("score")),
                () -> assertEquals("安全生产标准化三级", home.fact("standardization")),
                () -> assertEquals("张建国", home.fact("principal")),
                () -> assertEquals("13815001001", home.fact("phone")),
                () -> assertEquals("您有 " + notices + " 条未读公告通知", home.unreadNotices()),
                () -> assertEquals(reminders + " 条系统提醒", home.unreadReminders()),
                () -> assertEquals(Demo.HUTANG_MACHINERY, home.userName()),
                () -> assertEquals(List.of("新闻动态", "政策法规", "标准规范", "常见问题"), home.articleBoxes()),
                () -> assertEquals(List.of(NEWS), home.headlines("新闻动态"), "the newest 新闻动态 headline"),
                () -> assertEquals("", home.emptyState("新闻动态")),
                () -> assertTrue(home.headlines("政策法规").contains("安全生产事故隐患排查治理暂行规定"),
                        "the regulations of the initial content: " + home.headlines("政策法规")),
                () -> assertEquals(List.of(), home.headlines("标准规范"), "no test publishes 标准规范"),
                () -> assertEquals("暂无内容", home.emptyState("标准规范")));

        home.logout();
        LoginPage login = new LoginPage(driver).awaitShown();
        assertTrue(login.pageText().contains("您已安全退出系统"));

        // The session is gone: a protected page leads to the login page again.
        driver.get(baseUrl() + "/enterprise/home.xhtml");
        assertTrue(new LoginPage(driver).awaitShown().isShown());

        // The new password works; the old one no longer does.
        login.loginAs(Demo.HUTANG_MACHINERY, Demo.INITIAL_PASSWORD);
        assertTrue(new LoginPage(driver).awaitShown().messages().contains("用户名或密码错误"));
        new LoginPage(driver).loginAs(Demo.HUTANG_MACHINERY, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
    }

    @Test
    void aWrongCaptchaIsRefusedEvenWithTheRightPassword() {
        LoginPage login = LoginPage.open(driver, baseUrl());

        login.submit(Demo.HUTANG_TEXTILE, Demo.INITIAL_PASSWORD, "WRONG");

        LoginPage again = new LoginPage(driver).awaitShown();
        assertTrue(again.messages().contains("验证码错误"), again.messages());
        driver.get(baseUrl() + "/enterprise/home.xhtml");
        assertTrue(new LoginPage(driver).awaitShown().isShown(), "nobody is logged in after a wrong captcha");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        LoginPage login = LoginPage.open(driver, baseUrl());
        for (int attempt = 1; attempt <= 4; attempt++) {
            login.loginAs(Demo.HUTANG_HARDWARE, "wrong-" + attempt);
            login = new LoginPage(driver).awaitShown();
            assertTrue(login.messages().contains("再输错 " + (5 - attempt) + " 次"), login.messages());
        }

        login.loginAs(Demo.HUTANG_HARDWARE, "wrong-5");
        login = new LoginPage(driver).awaitShown();
        assertTrue(login.messages().contains("账号已被锁定"), login.messages());

        // Locked: even the right password is refused, and the message says until when.
        login.loginAs(Demo.HUTANG_HARDWARE, Demo.INITIAL_PASSWORD);
        login = new LoginPage(driver).awaitShown();
        assertTrue(login.messages().matches("(?s).*账号已被锁定，将于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 解锁.*"),
                login.messages());
        assertFalse(driver.getCurrentUrl().contains("password.xhtml"));
    }

    @Test
    void theCaptchaPictureIsServedAndCanBeRefreshed() {
        LoginPage.open(driver, baseUrl());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var i=document.getElementById('captchaImage'); return i.complete && i.naturalWidth === 120;")));
        String before = driver.findElement(org.openqa.selenium.By.id("captchaImage")).getAttribute("src");
        Gui.click(driver, driver.findElement(org.openqa.selenium.By.id("captchaRefresh")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.attributeToBe(org.openqa.selenium.By.id("captchaImage"), "src", before)));
    }
}
