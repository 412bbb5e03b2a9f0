package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** 自查自改: 当前月自查记录 and 历史记录. */
public class InspectionsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public InspectionsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static InspectionsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/inspections.xhtml");
        return new InspectionsPage(driver).awaitShown();
    }

    public InspectionsPage awaitShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newInspection")));
        return this;
    }

    public InspectionFormPage startNew() {
        driver.findElement(By.id("newInspection")).click();
        return new InspectionFormPage(driver).awaitShown();
    }

    public List<String> draftInspectors() {
        return texts("#drafts .draft-inspector");
    }

    /** 所属月份 of each draft, e.g. 2026-12. */
    public List<String> draftPeriods() {
        return texts("#drafts .draft-period");
    }

    /** The whole text of each row of 历史记录 (date, inspector, counts, submitted at and how). */
    public List<String> historyRows() {
        return texts("#history tbody tr[data-ri]");
    }

    public List<String> draftCounts() {
        return texts("#drafts .draft-counts");
    }

    public List<String> historyInspectors() {
        return texts("#history .history-inspector");
    }

    public List<String> historyHow() {
        return texts("#history .history-how");
    }

    public InspectionFormPage editDraft(int index) {
        driver.findElements(By.cssSelector("#drafts .draft-edit")).get(index).click();
        return new InspectionFormPage(driver).awaitShown();
    }

    public void submitDraft(int index) {
        WebElement table = driver.findElement(By.id("history:table"));
        driver.findElements(By.cssSelector("#drafts .draft-submit")).get(index).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        wait.until(ExpectedConditions.stalenessOf(table));
    }

    public void deleteDraft(int index) {
        WebElement table = driver.findElement(By.id("drafts:table"));
        driver.findElements(By.cssSelector("#drafts .draft-delete")).get(index).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        wait.until(ExpectedConditions.stalenessOf(table));
    }

    public String viewHistoryRecord(int index) {
        driver.findElements(By.cssSelector("#history .history-view")).get(index).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordPanel")));
        return driver.findElement(By.id("recordPanel")).getText();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
