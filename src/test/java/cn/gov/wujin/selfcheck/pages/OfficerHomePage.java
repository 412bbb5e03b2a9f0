package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** An officer's home: scope and the enterprise list. */
public class OfficerHomePage {

    private final WebDriver driver;

    public OfficerHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public OfficerHomePage awaitShown() {
        Gui.shown(driver, By.id("enterprises:table"));
        return this;
    }

    public String scopeName() {
        return driver.findElement(By.id("scopeName")).getText().strip();
    }

    public String scopeTotal() {
        return driver.findElement(By.id("scope")).getText();
    }

    public List<String> enterpriseNames() {
        return driver.findElements(By.cssSelector("#enterprises\\:table .enterprise-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public List<String> enterpriseTypes() {
        return driver.findElements(By.cssSelector("#enterprises\\:table .enterprise-type")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Types a keyword and waits until the table shows the result. */
    public void search(String keyword) {
        WebElement before = driver.findElement(By.id("enterprises:table_data"));
        Gui.type(driver, By.id("enterprises:keyword"), keyword);
        Gui.clickReplacing(driver, driver.findElement(By.id("enterprises:search")), before);
    }

    /** Clicks 查询 and waits until this page has gone (for a request that is expected to go elsewhere). */
    public void clickSearch() {
        WebElement table = driver.findElement(By.id("enterprises:table"));
        Gui.clickReplacing(driver, driver.findElement(By.id("enterprises:search")), table);
    }

    /** The link of 未销号的重大隐患 to the officer's list of open major hazards. */
    public OfficerMajorHazardsPage openMajorHazards() {
        WebElement table = driver.findElement(By.id("enterprises:table"));
        Gui.clickReplacing(driver, driver.findElement(By.id("openMajorLink")), table);
        return new OfficerMajorHazardsPage(driver).awaitShown();
    }

    /** The text of 未销号的重大隐患 (the count of open major hazards in scope). */
    /** 代报隐患待复查: the count on the home page. */
    public String awaitingRecheck() {
        return driver.findElement(By.id("recheckCount")).getText().strip();
    }

    public String majorSummary() {
        return driver.findElement(By.id("majorSummary")).getText();
    }
}
