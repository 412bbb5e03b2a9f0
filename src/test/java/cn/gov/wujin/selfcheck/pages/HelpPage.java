package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 在线帮助: four lists on the left, the chosen item on the right. */
public class HelpPage {

    private final WebDriver driver;

    public HelpPage(WebDriver driver) {
        this.driver = driver;
    }

    public HelpPage awaitShown() {
        Gui.shown(driver, By.id("helpLists"));
        return this;
    }

    public List<String> lists() {
        return Gui.texts(driver.findElements(By.cssSelector("#helpLists .help-list-button")));
    }

    public String currentList() {
        return driver.findElement(By.cssSelector("#helpLists .help-list-button.is-current")).getText().strip();
    }

    /** Clicks one of the four buttons and waits for its list. */
    public HelpPage choose(String list) {
        WebElement button = driver.findElements(By.cssSelector("#helpLists .help-list-button")).stream()
                .filter(e -> e.getText().strip().equals(list)).findFirst().orElseThrow();
        Gui.clickReplacing(driver, button, driver.findElement(By.id("helpLists")));
        return awaitShown();
    }

    public List<String> entries() {
        return Gui.texts(driver.findElements(By.cssSelector("#helpEntries .help-entry")));
    }

    public HelpPage search(String keyword) {
        Gui.type(driver, By.id("helpKeyword"), keyword);
        Gui.clickReplacing(driver, driver.findElement(By.id("helpSearchButton")), driver.findElement(By.id("helpLists")));
        return awaitShown();
    }

    public HelpPage open(String title) {
        WebElement link = driver.findElements(By.cssSelector("#helpEntries .help-entry")).stream()
                .filter(e -> e.getText().strip().equals(title)).findFirst().orElseThrow();
        Gui.clickReplacing(driver, link, driver.findElement(By.id("helpLists")));
        return awaitShown();
    }

    public String articleTitle() {
        return driver.findElement(By.id("articleTitle")).getText().strip();
    }

    public String articleText() {
        return driver.findElement(By.id("articleBody")).getText().strip();
    }

    /** The natural widths of the article's images once each has loaded or failed (0 for one that did not load). */
    @SuppressWarnings("unchecked")
    public List<Long> imageWidths() {
        Gui.until(driver, d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#articleBody img')).every(i => i.complete);"));
        return ((List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#articleBody img')).map(i => i.naturalWidth);"))
                .stream().map(n -> ((Number) n).longValue()).toList();
    }

    public long countInArticle(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('articleBody').querySelectorAll(arguments[0]).length;", css)).longValue();
    }
}
