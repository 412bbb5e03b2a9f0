package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 系统首页 of an enterprise. */
public class EnterpriseHomePage {

    private final WebDriver driver;

    public EnterpriseHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static EnterpriseHomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/home.xhtml");
        return new EnterpriseHomePage(driver).awaitShown();
    }

    public EnterpriseHomePage awaitShown() {
        Gui.shown(driver, By.id("enterprisePanel"));
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

    /** The headers of the article boxes, in the order shown (新闻动态, 政策法规, ...). */
    public List<String> articleBoxes() {
        return Gui.texts(driver.findElements(By.cssSelector(".article-box .ui-panel-title")));
    }

    /** The headline titles of the article box with this header; empty when it shows 暂无内容. */
    public List<String> headlines(String box) {
        return Gui.texts(articleBox(box).findElements(By.cssSelector(".headline-title")));
    }

    /** The empty-state text of the article box with this header (暂无内容), empty when it has headlines. */
    public String emptyState(String box) {
        return String.join("", Gui.texts(articleBox(box).findElements(By.cssSelector(".empty-state"))));
    }

    public String userName() {
        return driver.findElement(By.id("currentUserName")).getText().strip();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** 退出: waits until the page has gone (the login page follows). */
    public void logout() {
        WebElement panel = driver.findElement(By.id("enterprisePanel"));
        Gui.clickReplacing(driver, driver.findElement(By.id("logoutButton")), panel);
    }

    public void openPasswordChange() {
        WebElement panel = driver.findElement(By.id("enterprisePanel"));
        Gui.clickReplacing(driver, driver.findElement(By.id("passwordLink")), panel);
    }

    private WebElement articleBox(String header) {
        return driver.findElements(By.cssSelector(".article-box")).stream()
                .filter(box -> box.findElement(By.cssSelector(".ui-panel-title")).getText().strip().equals(header))
                .findFirst().orElseThrow(() -> new AssertionError("no article box " + header + " in " + articleBoxes()));
    }
}
