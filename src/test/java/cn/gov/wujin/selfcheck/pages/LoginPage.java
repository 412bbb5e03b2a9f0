package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 登录 page. */
public class LoginPage {

    private final WebDriver driver;

    public LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login.xhtml");
        return new LoginPage(driver).awaitShown();
    }

    public LoginPage awaitShown() {
        Gui.shown(driver, By.id("login:submit"));
        return this;
    }

    /** 登录 (a full-page POST): waits until this page has gone; the next page's object waits for itself. */
    public void submit(String username, String password, String captcha) {
        Gui.type(driver, By.id("login:username"), username);
        Gui.type(driver, By.id("login:password"), password);
        Gui.type(driver, By.id("login:captcha"), captcha);
        WebElement button = driver.findElement(By.id("login:submit"));
        Gui.clickReplacing(driver, button, button);
    }

    /** Logs in with the test server's fixed captcha answer. */
    public void loginAs(String username, String password) {
        submit(username, password, PayaraServer.CAPTCHA);
    }

    public String messages() {
        return driver.findElement(By.id("login:messages")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("login:submit")).isEmpty();
    }
}
