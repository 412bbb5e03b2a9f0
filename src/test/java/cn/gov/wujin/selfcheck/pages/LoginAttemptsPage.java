package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 登录日志 (ADMIN). */
public class LoginAttemptsPage {

    private final WebDriver driver;

    public LoginAttemptsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginAttemptsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/login-attempts.xhtml");
        Gui.shown(driver, By.id("attempts:table"));
        return new LoginAttemptsPage(driver);
    }

    public void search(String username) {
        WebElement before = driver.findElement(By.id("attempts:table_data"));
        Gui.type(driver, By.id("attempts:username"), username);
        Gui.clickReplacing(driver, driver.findElement(By.id("attempts:search")), before);
    }

    /** The outcome column, newest first. */
    public List<String> outcomes() {
        return texts(".attempt-outcome");
    }

    public List<String> ips() {
        return texts(".attempt-ip");
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector("#attempts\\:table " + css)).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
