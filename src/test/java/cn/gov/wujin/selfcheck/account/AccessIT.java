package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles keep people out of whole modules; an expired session leads back to the login page. */
class AccessIT extends BrowserTest {

    @Test
    void anEnterpriseOpeningAnOfficerPageGetsTheChinese403Page() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.HUTANG_MALL, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();

        driver.get(baseUrl() + "/officer/home.xhtml");

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("无权访问"));
    }

    @Test
    void anAjaxActionAfterTheSessionExpiredLeadsToTheLoginPage() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.TOWN_NIUTANG, Demo.OFFICER_PASSWORD);
        OfficerHomePage home = new OfficerHomePage(driver).awaitShown();

        // The server no longer knows the browser's session: as after a timeout.
        driver.manage().deleteAllCookies();
        home.clickSearch();

        LoginPage login = new LoginPage(driver).awaitShown();
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        assertTrue(login.pageText().contains("登录已超时") || login.isShown());
    }

    @Test
    void anUnknownPageGetsTheChinese404Page() {
        driver.get(baseUrl() + "/no-such-page.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-404")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("页面不存在"));
    }
}
