package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles keep people out of whole modules; an expired session leads back to the login page. */
class AccessIT extends BrowserTest {

    @Test
    void anEnterpriseOpeningAnOfficerPageGetsTheChinese403Page() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.HUTANG_MALL, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();

        driver.get(baseUrl() + "/officer/home.xhtml");

        Gui.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("无权访问"));
    }

    @Test
    void anAjaxActionAfterTheSessionExpiredLeadsToTheLoginPage() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.TOWN_NIUTANG, Demo.OFFICER_PASSWORD);
        OfficerHomePage home = new OfficerHomePage(driver).awaitShown();

        // The browser still sends its session id, which the server no longer knows: as after a timeout.
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "the logged-in browser holds a session cookie: " + driver.manage().getCookies());
        driver.manage().deleteCookie(session);
        driver.manage().addCookie(new Cookie.Builder(session.getName(), "expired-" + session.getValue())
                .path(session.getPath()).isHttpOnly(true).build());
        home.clickSearch();

        LoginPage login = new LoginPage(driver).awaitShown();
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml?expired=true"), driver.getCurrentUrl());
        assertTrue(login.pageText().contains("登录已超时，请重新登录。"), login.pageText());
    }

    @Test
    void anUnknownPageGetsTheChinese404Page() {
        driver.get(baseUrl() + "/no-such-page.xhtml");
        Gui.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("error-404")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("页面不存在"));
    }
}
