package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

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
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:submit")));
        return this;
    }

    public void submit(String username, String password, String captcha) {
        type("login:username", username);
        type("login:password", password);
        type("login:captcha", captcha);
        driver.findElement(By.id("login:submit")).click();
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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
