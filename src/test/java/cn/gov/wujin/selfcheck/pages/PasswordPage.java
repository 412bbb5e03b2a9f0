package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 密码修改 page, also the forced first-login change. */
public class PasswordPage {

    private final WebDriver driver;

    public PasswordPage(WebDriver driver) {
        this.driver = driver;
    }

    public PasswordPage awaitShown() {
        Gui.shown(driver, By.id("password:save"));
        return this;
    }

    public boolean isForced() {
        return !driver.findElements(By.id("forcedNotice")).isEmpty();
    }

    /** 保存 (a full-page POST): waits until this page has gone; the next page's object waits for itself. */
    public void change(String current, String newPassword, String confirmation) {
        Gui.type(driver, By.id("password:current"), current);
        Gui.type(driver, By.id("password:newPassword"), newPassword);
        Gui.type(driver, By.id("password:confirmation"), confirmation);
        WebElement button = driver.findElement(By.id("password:save"));
        Gui.clickReplacing(driver, button, button);
    }

    public String messages() {
        return driver.findElement(By.id("password:messages")).getText();
    }
}
