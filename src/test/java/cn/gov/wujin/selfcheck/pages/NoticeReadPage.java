package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

/** One 公告通知 as its recipient reads it. */
public class NoticeReadPage {

    private final WebDriver driver;

    public NoticeReadPage(WebDriver driver) {
        this.driver = driver;
    }

    public NoticeReadPage awaitShown() {
        Gui.shown(driver, By.id("noticeBody"));
        return this;
    }

    public String title() {
        return driver.findElement(By.id("noticeTitle")).getText().strip();
    }

    public String bodyText() {
        return driver.findElement(By.id("noticeBody")).getText().strip();
    }

    /** How many elements of the rendered body match a CSS selector (script, [onerror], a[href^=javascript]). */
    public long countInBody(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('noticeBody').querySelectorAll(arguments[0]).length;", css)).longValue();
    }

    /** How many elements of the whole page match a CSS selector. */
    public long countInPage(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll(arguments[0]).length;", css)).longValue();
    }

    /** A global the page may have set (a payload that ran would set it). */
    public Object windowValue(String name) {
        return ((JavascriptExecutor) driver).executeScript("return window[arguments[0]];", name);
    }

    public List<String> attachmentNames() {
        return Gui.texts(driver.findElements(By.cssSelector(".notice-attachment")));
    }

    /** The attachments' addresses, relative to the context root. */
    public List<String> attachmentPaths() {
        return driver.findElements(By.cssSelector(".notice-attachment")).stream()
                .map(a -> a.getDomAttribute("href").replaceFirst("^.*?(/notice-attachment)", "$1")).toList();
    }
}
