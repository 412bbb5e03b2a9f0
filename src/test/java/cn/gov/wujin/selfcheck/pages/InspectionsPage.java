package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** 自查自改: 当前月自查记录 and 历史记录. */
public class InspectionsPage {

    private final WebDriver driver;

    public InspectionsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static InspectionsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/inspections.xhtml");
        return new InspectionsPage(driver).awaitShown();
    }

    public InspectionsPage awaitShown() {
        Gui.shown(driver, By.id("newInspection"));
        Gui.shown(driver, By.id("history:table"));
        return this;
    }

    /** 新建自查 (a link to the form page). */
    public InspectionFormPage startNew() {
        // A growl of the last action may lie over the toolbar; Gui.click waits until nothing covers the link.
        Gui.click(driver, By.id("newInspection"));
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
        Gui.click(driver, driver.findElements(By.cssSelector("#drafts .draft-edit")).get(index));
        return new InspectionFormPage(driver).awaitShown();
    }

    /** 上报 of a draft and 确定: waits until both tables were redrawn by the answer. */
    public void submitDraft(int index) {
        confirmedOnDraft(index, "#drafts .draft-submit");
    }

    /** 删除 of a draft and 确定: waits until both tables were redrawn by the answer. */
    public void deleteDraft(int index) {
        confirmedOnDraft(index, "#drafts .draft-delete");
    }

    private void confirmedOnDraft(int index, String action) {
        WebElement drafts = driver.findElement(By.id("drafts:table"));
        WebElement history = driver.findElement(By.id("history:table"));
        Gui.click(driver, driver.findElements(By.cssSelector(action)).get(index));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, d -> ExpectedConditions.stalenessOf(drafts).apply(d) && ExpectedConditions.stalenessOf(history).apply(d));
        Gui.gone(driver, By.cssSelector(".ui-confirm-dialog"));
    }

    public String viewHistoryRecord(int index) {
        Gui.click(driver, driver.findElements(By.cssSelector("#history .history-view")).get(index));
        return Gui.shown(driver, By.id("recordPanel")).getText();
    }

    /**
     * 历史记录 查询 by part of the inspector's name and 是否有隐患 (全部, 有隐患, 无隐患). Waits until the
     * answer redrew the filter and the table, and checks that the server took the filter as typed
     * (the redrawn filter shows what the server holds).
     */
    public void filterHistory(String inspector, String hazards) {
        Gui.type(driver, By.id("history:inspector"), inspector);
        chooseHazards(hazards);
        search();
        if (!inspector.equals(inspectorFilter()) || !hazards.equals(hazardsFilter())) {
            throw new AssertionError("the history filter shows 检查人姓名 '" + inspectorFilter() + "', 是否有隐患 '"
                    + hazardsFilter() + "' after 查询 of '" + inspector + "', '" + hazards + "'");
        }
    }

    /** 查询 with 检查日期 from and to (yyyy-MM-dd, either may be empty). */
    public void filterHistoryByDates(String from, String to) {
        Gui.typeDate(driver, "history:from_input", from);
        Gui.typeDate(driver, "history:to_input", to);
        search();
    }

    public void resetHistoryFilter() {
        WebElement table = driver.findElement(By.id("history:table"));
        WebElement filter = driver.findElement(By.id("history:filter"));
        Gui.click(driver, driver.findElement(By.id("history:reset")));
        Gui.until(driver, d -> ExpectedConditions.stalenessOf(table).apply(d) && ExpectedConditions.stalenessOf(filter).apply(d));
    }

    public String inspectorFilter() {
        return driver.findElement(By.id("history:inspector")).getDomProperty("value");
    }

    public String fromFilter() {
        return driver.findElement(By.id("history:from_input")).getDomProperty("value");
    }

    private String hazardsFilter() {
        return driver.findElement(By.id("history:hazards_label")).getText().strip();
    }

    private void chooseHazards(String label) {
        if (label.equals(hazardsFilter())) {
            return;
        }
        Gui.chooseOne(driver, "history:hazards", label);
        Gui.until(driver, d -> label.equals(hazardsFilter()));
    }

    /** 查询: the answer redraws the filter and the table, whether the filter was taken or refused. */
    private void search() {
        WebElement table = driver.findElement(By.id("history:table"));
        WebElement filter = driver.findElement(By.id("history:filter"));
        Gui.click(driver, driver.findElement(By.id("history:search")));
        Gui.until(driver, d -> ExpectedConditions.stalenessOf(table).apply(d) && ExpectedConditions.stalenessOf(filter).apply(d));
    }

    /** 加入对比 on a row of 历史记录: waits until the counter of chosen records is redrawn. */
    public void chooseForComparison(int index) {
        WebElement bar = driver.findElement(By.id("history:chosenCount"));
        Gui.clickReplacing(driver, driver.findElements(By.cssSelector("#history .history-choose")).get(index), bar);
    }

    public boolean compareEnabled() {
        WebElement button = driver.findElement(By.id("history:compare"));
        return button.getAttribute("disabled") == null && !button.getAttribute("class").contains("ui-state-disabled");
    }

    public ComparePage compare() {
        Gui.click(driver, driver.findElement(By.id("history:compare")));
        return new ComparePage(driver).awaitShown();
    }

    /** The addresses of the photos shown on a record's page (查看), once the browser has loaded them all. */
    public List<String> recordPhotoSources() {
        Gui.until(driver, d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('img.record-photo')).every(i => i.complete && i.naturalWidth > 0);"));
        return driver.findElements(By.cssSelector("img.record-photo")).stream().map(e -> e.getAttribute("src")).toList();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private List<String> texts(String css) {
        return Gui.texts(driver.findElements(By.cssSelector(css)));
    }
}
