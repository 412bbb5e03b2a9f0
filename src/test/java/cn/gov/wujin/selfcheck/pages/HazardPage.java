package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** 隐患整改: the report, the timeline of steps and acceptances, the 整改 and 验收 forms. */
public class HazardPage {

    private final WebDriver driver;

    public HazardPage(WebDriver driver) {
        this.driver = driver;
    }

    public HazardPage awaitShown() {
        Gui.shown(driver, By.id("hazard:report"));
        return this;
    }

    public String status() {
        return driver.findElement(By.id("hazard:status")).getText().strip();
    }

    public int beforePhotoCount() {
        return driver.findElements(By.cssSelector(".before-photos img")).size();
    }

    /** The steps of the timeline, each as its text. */
    public List<String> steps() {
        return Gui.texts(driver.findElements(By.cssSelector(".timeline .rectification-step")));
    }

    public List<String> acceptances() {
        return Gui.texts(driver.findElements(By.cssSelector(".timeline .acceptance-entry")));
    }

    public int stepPhotoCount() {
        return driver.findElements(By.cssSelector(".timeline .step-photo img")).size();
    }

    /** Whether every photo of the page loads (a broken image has no natural width). */
    public boolean photosLoaded() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('.hazard-photos img')).every(i => i.complete && i.naturalWidth > 0);"));
            return true;
        } catch (org.openqa.selenium.TimeoutException broken) {
            return false;
        }
    }

    public boolean isStepFormShown() {
        return !driver.findElements(By.id("hazard:stepPanel")).isEmpty();
    }

    public boolean isAcceptanceFormShown() {
        return !driver.findElements(By.id("hazard:acceptancePanel")).isEmpty();
    }

    public void fillStep(String measures, String funds, boolean finished) {
        Gui.type(driver, By.id("hazard:measures"), measures);
        Gui.type(driver, By.id("hazard:funds"), funds);
        int option = finished ? 1 : 0;
        Gui.click(driver, driver.findElements(By.cssSelector("#hazard\\:finished .ui-radiobutton-box")).get(option));
        Gui.until(driver, d -> d.findElement(By.id("hazard:finished:" + option)).isSelected());
    }

    /** Uploads a photo after the work and waits until it shows or a message says why not. */
    public void uploadStepPhoto(Path file) {
        int before = pendingPhotoCount();
        String messagesBefore = messages();
        Gui.idle(driver);
        driver.findElement(By.cssSelector("#hazard\\:photoUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Gui.until(driver, d -> pendingPhotoCount() != before || !messages().equals(messagesBefore));
    }

    public int pendingPhotoCount() {
        return driver.findElements(By.cssSelector("#hazard\\:photos img")).size();
    }

    /** 保存整改信息: waits until the form was redrawn (the new step in the timeline, or the reasons). */
    public void saveStep() {
        WebElement report = driver.findElement(By.id("hazard:report"));
        Gui.clickReplacing(driver, driver.findElement(By.id("hazard:saveStep")), report);
    }

    public void fillAcceptance(String opinion, String acceptor, boolean passed, String reason) {
        Gui.type(driver, By.id("hazard:opinion"), opinion);
        Gui.type(driver, By.id("hazard:acceptor"), acceptor);
        int option = passed ? 0 : 1;
        Gui.click(driver, driver.findElements(By.cssSelector("#hazard\\:passed .ui-radiobutton-box")).get(option));
        Gui.until(driver, d -> d.findElement(By.id("hazard:passed:" + option)).isSelected());
        Gui.type(driver, By.id("hazard:reason"), reason);
    }

    /** 提交验收结果 and 确定: waits until the form was redrawn. */
    public void saveAcceptance() {
        WebElement report = driver.findElement(By.id("hazard:report"));
        Gui.click(driver, driver.findElement(By.id("hazard:saveAcceptance")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(report));
    }

    public String messages() {
        return driver.findElement(By.id("hazard:messages")).getText();
    }

    /** The message beside a field (measures, funds, acceptor...), empty when there is none. */
    public String messageFor(String field) {
        return String.join("", Gui.texts(driver.findElements(By.xpath("//*[@id='hazard:" + field
                + "']/ancestor::div[contains(@class,'form-field')][1]//*[contains(concat(' ', @class, ' '), ' ui-message ')]"))));
    }

    public String valueOf(String field) {
        return driver.findElement(By.id("hazard:" + field)).getDomProperty("value");
    }

    public OpenHazardsPage backToList() {
        Gui.click(driver, driver.findElement(By.id("hazard:back")));
        return new OpenHazardsPage(driver).awaitShown();
    }

    // ---- a major hazard: 补充信息, 第十五条, 延期申请, 申请验收, the trail ----

    public String description() {
        return driver.findElement(By.id("hazard-description")).getText().strip();
    }

    public String returnedReason() {
        return driver.findElement(By.id("returnedReason")).getText().strip();
    }

    public List<String> supplements() {
        return Gui.texts(driver.findElements(By.cssSelector("#supplements .supplement")));
    }

    public String supervisionNumber() {
        return driver.findElement(By.id("supervisionNotice")).getText().strip();
    }

    public String pendingExtension() {
        return driver.findElement(By.id("extensionPending")).getText().strip();
    }

    public boolean isShown(String panelId) {
        return !driver.findElements(By.id("hazard:" + panelId)).isEmpty();
    }

    /** 提交补充信息: waits until the page was redrawn. */
    public void supplement(String addition) {
        Gui.type(driver, By.id("hazard:addition"), addition);
        Gui.clickReplacing(driver, driver.findElement(By.id("hazard:saveAddition")), driver.findElement(By.id("hazard:report")));
    }

    /** Ticks the 第十五条 measures given by their ids (workersWithdrawn, warningSigns...) and 确认措施. */
    public void confirmMeasures(String... measures) {
        for (String measure : measures) {
            WebElement box = driver.findElement(By.cssSelector("#hazard\\:" + measure + " .ui-chkbox-box"));
            Gui.click(driver, box);
            Gui.until(driver, d -> d.findElement(By.id("hazard:" + measure + "_input")).isSelected());
        }
        Gui.clickReplacing(driver, driver.findElement(By.id("hazard:saveMeasures")), driver.findElement(By.id("hazard:report")));
    }

    public boolean isMeasureTicked(String measure) {
        return driver.findElement(By.id("hazard:" + measure + "_input")).isSelected();
    }

    /** 提交延期申请 with the date as yyyy-MM-dd. */
    public void askExtension(String until, String reason) {
        Gui.typeDate(driver, "hazard:until_input", until);
        Gui.type(driver, By.id("hazard:extensionReason"), reason);
        Gui.clickReplacing(driver, driver.findElement(By.id("hazard:saveExtension")), driver.findElement(By.id("hazard:report")));
    }

    /** Uploads an attachment of the evaluation and waits until it is listed or a message says why not. */
    public void uploadAttachment(Path file) {
        int before = attachmentNames().size();
        String messagesBefore = messages();
        Gui.idle(driver);
        driver.findElement(By.cssSelector("#hazard\\:attachmentUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Gui.until(driver, d -> attachmentNames().size() != before || !messages().equals(messagesBefore));
    }

    public List<String> attachmentNames() {
        return Gui.texts(driver.findElements(By.cssSelector("#hazard\\:attachments .attachment-name")));
    }

    /** The attachments of the trail, as their links' addresses. */
    public List<String> trailAttachmentLinks() {
        return driver.findElements(By.cssSelector("#trail .trail-attachment a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    /** Whether 申请验收 is possible now: no hint that a finished step is missing. */
    public boolean isWorkFinishedShown() {
        return driver.findElements(By.id("hazard:unfinishedHint")).isEmpty();
    }

    /** 申请验收 and 确定. */
    public void askAcceptance(String evaluation) {
        WebElement report = driver.findElement(By.id("hazard:report"));
        Gui.type(driver, By.id("hazard:evaluation"), evaluation);
        Gui.click(driver, driver.findElement(By.id("hazard:saveAcceptanceRequest")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(report));
    }

    /** The trail's steps, by their 操作 column, oldest first. */
    public List<String> trailActions() {
        return Gui.texts(driver.findElements(By.cssSelector("#trail .trail-row td:nth-child(2)")));
    }
}
