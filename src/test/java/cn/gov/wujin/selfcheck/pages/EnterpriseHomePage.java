package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** 系统首页 of an enterprise. */
public class EnterpriseHomePage {

    private final WebDriver driver;

    public EnterpriseHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public EnterpriseHomePage awaitShown() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("enterprisePanel")));
        return this;
    }

    /** A fact of the left panel: name, department, type, town, level, score, standardization, principal, phone. */
    public String fact(String key) {
        return driver.findElement(By.id("fact-" + key)).getText().strip();
    }

    public String unreadNotices() {
        return driver.findElement(By.id("unreadNotices")).getText().strip();
    }

    public String unreadReminders() {
        return driver.findElement(By.id("unreadReminders")).getText().strip();
    }

    public String userName() {
        return driver.findElement(By.id("currentUserName")).getText().strip();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void logout() {
        driver.findElement(By.id("logoutButton")).click();
    }

    public void openPasswordChange() {
        driver.findElement(By.id("passwordLink")).click();
    }
}
