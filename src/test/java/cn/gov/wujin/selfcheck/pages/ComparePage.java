package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** 对比: two records side by side; changed rows are highlighted. */
public class ComparePage {

    private final WebDriver driver;

    public ComparePage(WebDriver driver) {
        this.driver = driver;
    }

    public ComparePage awaitShown() {
        Gui.shown(driver, By.id("compare:comparePanel"));
        return this;
    }

    public String summary() {
        return driver.findElement(By.id("compare:summary")).getText().strip();
    }

    public String leftHeading() {
        return driver.findElement(By.id("leftHead")).getText().strip();
    }

    public String rightHeading() {
        return driver.findElement(By.id("rightHead")).getText().strip();
    }

    public int rowCount() {
        return driver.findElements(By.cssSelector(".compare-row")).size();
    }

    public int changedCount() {
        return driver.findElements(By.cssSelector(".compare-row.changed")).size();
    }

    /** The row of an item: whether it is highlighted, and the two results as shown. */
    public record Row(boolean changed, String left, String right) {
    }

    public Optional<Row> row(String content) {
        for (WebElement row : driver.findElements(By.cssSelector(".compare-row"))) {
            if (row.findElement(By.cssSelector(".compare-content")).getText().strip().equals(content)) {
                return Optional.of(new Row(row.getAttribute("class").contains("changed"),
                        row.findElement(By.cssSelector(".compare-left")).getText().strip(),
                        row.findElement(By.cssSelector(".compare-right")).getText().strip()));
            }
        }
        return Optional.empty();
    }

    /** 只看有变化的条目. */
    public void showOnlyChanged() {
        int before = rowCount();
        Gui.clickFor(driver, driver.findElement(By.cssSelector("#compare\\:onlyChanged .ui-chkbox-box")), d -> rowCount() != before);
    }

    public List<String> rowContents() {
        return driver.findElements(By.cssSelector(".compare-content")).stream().map(e -> e.getText().strip()).toList();
    }
}
