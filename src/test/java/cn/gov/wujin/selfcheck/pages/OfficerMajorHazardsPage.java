package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 重大隐患 of an officer: the filters and the lazily paged table of the major hazards in scope. */
public class OfficerMajorHazardsPage {

    private final WebDriver driver;

    public OfficerMajorHazardsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OfficerMajorHazardsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/officer/major-hazards.xhtml");
        return new OfficerMajorHazardsPage(driver).awaitShown();
    }

    public OfficerMajorHazardsPage awaitShown() {
        Gui.shown(driver, By.id("hazards:table"));
        return this;
    }

    public List<String> locations() {
        return texts(".major-location");
    }

    public boolean hasTownFilter() {
        return !driver.findElements(By.id("hazards:town")).isEmpty();
    }

    /** The cells of the row whose 隐患部位 is this text: 上报时间, 企业, 镇/街道, 隐患部位, 现状, 计划完成日期, 状态. */
    public List<String> rowOf(String location) {
        WebElement row = row(location);
        return row.findElements(By.cssSelector("td")).stream()
                .map(td -> td.getText().replace(td.findElements(By.cssSelector(".ui-column-title")).stream()
                        .map(WebElement::getText).findFirst().orElse(""), "").strip())
                .limit(7).toList();
    }

    /** Types an enterprise-name keyword, 查询, and waits for the table to be redrawn. */
    public void filterByEnterprise(String keyword) {
        WebElement before = driver.findElement(By.id("hazards:table_data"));
        Gui.type(driver, By.id("hazards:enterpriseName"), keyword);
        Gui.clickReplacing(driver, driver.findElement(By.id("hazards:search")), before);
    }

    /** 查看 of the row with this 隐患部位. */
    public MajorHazardPage view(String location) {
        Gui.click(driver, row(location).findElement(By.cssSelector(".major-view")));
        return new MajorHazardPage(driver).awaitShown();
    }

    private WebElement row(String location) {
        return driver.findElements(By.cssSelector("#hazards\\:table_data tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".major-location")).stream()
                        .anyMatch(cell -> cell.getText().strip().equals(location)))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + location + " in " + locations()));
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector("#hazards\\:table " + css)).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
