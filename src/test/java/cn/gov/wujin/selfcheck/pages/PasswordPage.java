package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** 密码修改 page, also the forced first-login change. */
public class PasswordPage {

    private final WebDriver driver;

    public PasswordPage(WebDriver driver) {
        this.driver = driver;
    }

    public PasswordPage awaitShown() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password:save")));
        return this;
    }

    public boolean isForced() {
        return !driver.findElements(By.id("forcedNotice")).isEmpty();
    }

    public void change(String current, String newPassword, String confirmation) {
        type("password:current", current);
        type("password:newPassword", newPassword);
        type("password:confirmation", confirmation);
        driver.findElement(By.id("password:save")).click();
    }

    public String messages() {
        return driver.findElement(By.id("password:messages")).getText();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
