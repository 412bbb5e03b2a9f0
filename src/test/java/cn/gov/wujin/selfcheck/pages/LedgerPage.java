package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 隐患台帐: the paged rows and the two export links. */
public class LedgerPage {

    private final WebDriver driver;

    public LedgerPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LedgerPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new LedgerPage(driver).awaitShown();
    }

    public LedgerPage awaitShown() {
        Gui.shown(driver, By.id("ledger:table"));
        return this;
    }

    /** Each row's cells as shown, in order. */
    public List<List<String>> rows() {
        return driver.findElements(By.cssSelector("#ledger\\:table tbody tr.ledger-row")).stream()
                .map(row -> Gui.texts(row.findElements(By.tagName("td"))).stream()
                        .map(text -> text.replaceFirst("^\\S+\\n", "")).toList()) // reflow mode prefixes each cell with its header
                .toList();
    }

    /** Chooses a status in the filter and 查询: waits until the table was redrawn. */
    public void filterStatus(String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("ledger:status"))).selectByValue(value);
        WebElement table = driver.findElement(By.cssSelector("#ledger\\:table tbody"));
        Gui.clickReplacing(driver, driver.findElement(By.id("ledger:search")), table);
    }

    public String exportHref(String format) {
        return driver.findElement(By.id("xlsx".equals(format) ? "exportXlsx" : "exportPdf")).getAttribute("href");
    }
}
