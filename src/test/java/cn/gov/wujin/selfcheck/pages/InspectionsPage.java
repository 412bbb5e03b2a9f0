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
        // A growl from the last action may still lie over the toolbar: click again until it has faded.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(By.id("newInspection")).click();
                    return true;
                });
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

    /** 历史记录 查询 by part of the inspector's name and 是否有隐患 (全部, 有隐患, 无隐患); waits for the table. */
    public void filterHistory(String inspector, String hazards) {
        WebElement field = driver.findElement(By.id("history:inspector"));
        field.clear();
        field.sendKeys(inspector);
        chooseHazards(hazards);
        search();
    }

    /** 查询 with 检查日期 from and to (yyyy-MM-dd, either may be empty). */
    public void filterHistoryByDates(String from, String to) {
        typeDate("history:from_input", from);
        typeDate("history:to_input", to);
        search();
    }

    public void resetHistoryFilter() {
        WebElement table = driver.findElement(By.id("history:table"));
        driver.findElement(By.id("history:reset")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
    }

    public String inspectorFilter() {
        return driver.findElement(By.id("history:inspector")).getDomProperty("value");
    }

    public String fromFilter() {
        return driver.findElement(By.id("history:from_input")).getDomProperty("value");
    }

    private void chooseHazards(String label) {
        driver.findElement(By.id("history:hazards")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#history\\:hazards_items li[data-label='" + label + "']"))).click();
        wait.until(d -> label.equals(d.findElement(By.id("history:hazards_label")).getText().strip()));
    }

    private void search() {
        WebElement table = driver.findElement(By.id("history:table"));
        driver.findElement(By.id("history:search")).click();
        // The response re-renders the table whether the filter was taken or refused.
        wait.until(ExpectedConditions.stalenessOf(table));
    }

    /**
     * Types a date and closes the picker with Escape. On a busy machine the picker may not have taken
     * the keys before the Escape and shows its old value again; then the whole entry is typed again.
     */
    private void typeDate(String id, String date) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.TimeoutException.class)
                .until(d -> {
                    WebElement field = d.findElement(By.id(id));
                    // Empty the text first: typing after clear() alone appends to the picker's old value.
                    field.clear();
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = '';", field);
                    if (!date.isEmpty()) {
                        field.sendKeys(date);
                        new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> date.equals(field.getDomProperty("value")));
                    }
                    field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
                    return date.equals(d.findElement(By.id(id)).getDomProperty("value"));
                });
    }

    /** 加入对比 on a row of 历史记录. */
    public void chooseForComparison(int index) {
        WebElement bar = driver.findElement(By.id("history:chosenCount"));
        driver.findElements(By.cssSelector("#history .history-choose")).get(index).click();
        wait.until(ExpectedConditions.stalenessOf(bar));
    }

    public boolean compareEnabled() {
        WebElement button = driver.findElement(By.id("history:compare"));
        return button.getAttribute("disabled") == null && !button.getAttribute("class").contains("ui-state-disabled");
    }

    public ComparePage compare() {
        driver.findElement(By.id("history:compare")).click();
        return new ComparePage(driver).awaitShown();
    }

    /** The addresses of the photos shown on a record's page (查看), once the browser has loaded them all. */
    public List<String> recordPhotoSources() {
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('img.record-photo')).every(i => i.complete && i.naturalWidth > 0);"));
        return driver.findElements(By.cssSelector("img.record-photo")).stream().map(e -> e.getAttribute("src")).toList();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
