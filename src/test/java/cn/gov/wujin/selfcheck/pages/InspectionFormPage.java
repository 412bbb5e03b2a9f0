package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;

/** 新建自查 / 修改: the tree, the item cards with their three buttons, the two dialogs, 保存. */
public class InspectionFormPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public InspectionFormPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // AJAX updates replace the elements a condition reads; a stale read just means "look again".
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public InspectionFormPage awaitShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection:save")));
        return this;
    }

    public String progress() {
        return driver.findElement(By.id("inspection:progressText")).getText().strip();
    }

    public List<WebElement> cards() {
        return driver.findElements(By.cssSelector(".item-card"));
    }

    public String resultOf(int index) {
        return cards().get(index).findElement(By.cssSelector(".item-result")).getText().strip();
    }

    public String contentOf(int index) {
        return cards().get(index).findElement(By.cssSelector(".item-content")).getText().strip();
    }

    /** 无此隐患 and 确定. */
    public void markNone(int index) {
        String before = progress();
        click(cards().get(index).findElement(By.cssSelector(".answer-none")));
        confirm();
        wait.until(d -> !progress().equals(before));
    }

    public void openGeneral(int index) {
        click(cards().get(index).findElement(By.cssSelector(".answer-general")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generalForm:submitGeneral")));
    }

    public void fillGeneral(String location, String problem, String type, String responsible, String deadline) {
        type("generalForm:location", location);
        type("generalForm:description", problem);
        type("generalForm:hazardType", type);
        type("generalForm:responsible", responsible);
        typeDate("generalForm:deadline_input", deadline);
    }

    /** Uploads a photo in the general dialog and waits until it shows or a message says why not. */
    public void uploadPhoto(java.nio.file.Path file) {
        int before = photoCount();
        String messagesBefore = dialogMessages();
        driver.findElement(By.cssSelector("#generalForm\\:photoUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> photoCount() != before || !dialogMessages().equals(messagesBefore));
    }

    private String dialogMessages() {
        return driver.findElement(By.id("generalForm:messages")).getText();
    }

    public int photoCount() {
        return driver.findElements(By.cssSelector("#generalForm .hazard-photo img")).size();
    }

    /** Whether the browser loads every photo shown in the dialog within 10 s (a broken image has no natural width). */
    public boolean photosLoaded() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('#generalForm .hazard-photo img'))"
                            + ".every(i => i.complete && i.naturalWidth > 0);"));
            return true;
        } catch (org.openqa.selenium.TimeoutException broken) {
            return false;
        }
    }

    /** 提交 in the general dialog; returns whether the dialog closed. */
    public boolean submitGeneral() {
        WebElement messages = driver.findElement(By.id("generalForm:messages"));
        click(driver.findElement(By.id("generalForm:submitGeneral")));
        wait.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(messages),
                ExpectedConditions.invisibilityOfElementLocated(By.id("generalDialog"))));
        return waitDialogSettled("generalDialog");
    }

    public String generalMessages() {
        return driver.findElement(By.id("generalForm")).getText();
    }

    /** 重大隐患: the warning first; returns after 确定 opened the report dialog. */
    public void openMajorAndConfirmWarning(int index, Function<String, Boolean> warningCheck) {
        click(cards().get(index).findElement(By.cssSelector(".answer-major")));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        if (!warningCheck.apply(dialog.getText())) {
            throw new AssertionError("unexpected warning: " + dialog.getText());
        }
        confirm();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("majorForm:submitMajor")));
    }

    public void fillMajor(String deadline) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("location", "液氯储罐区");
        fields.put("currentState", "储罐区可燃气体报警装置失效，原因是维护缺失");
        fields.put("harmAnalysis", "泄漏时无法及时报警，可能造成中毒；整改难度一般");
        fields.put("planGoal", "两周内恢复报警装置并联网");
        fields.put("planMeasures", "更换探头，接入DCS");
        fields.put("planFunding", "3万元，物资已采购");
        fields.put("planOrganization", "设备部牵头，安全科监督");
        fields.put("planTimeline", "12月15日前完成");
        fields.put("planSafety", "整改期间专人巡检，储备应急物资");
        fields.put("interim", "每两小时人工检测一次");
        fields.put("responsible", "王主任");
        fillMajor(fields, deadline);
    }

    /** Types each text into the report dialog's field of that id (location, currentState, ...), then the date. */
    public void fillMajor(Map<String, String> fieldsById, String deadline) {
        fieldsById.forEach((id, text) -> type("majorForm:" + id, text));
        typeDate("majorForm:deadline_input", deadline);
    }

    /** The 判定标准 situation chosen in the major dialog, or empty when the item maps to none (no field). */
    public Optional<String> majorSituation() {
        List<WebElement> label = driver.findElements(By.id("majorForm:situation_label"));
        return label.isEmpty() ? Optional.empty() : Optional.of(label.get(0).getText().strip());
    }

    /** Ticks 需要局部或全部停产停业 in the report dialog. */
    public void tickSuspension() {
        click(driver.findElement(By.cssSelector("#majorForm\\:suspension .ui-chkbox-box")));
        wait.until(d -> d.findElement(By.id("majorForm:suspension_input")).isSelected());
    }

    public boolean submitMajor() {
        click(driver.findElement(By.id("majorForm:submitMajor")));
        return waitDialogSettled("majorDialog");
    }

    /** 本类其余均无此隐患 of the first group shown, and 确定. */
    public void markRestOfFirstGroupNone() {
        String before = progress();
        click(driver.findElements(By.cssSelector(".rest-none")).get(0));
        confirm();
        wait.until(d -> !progress().equals(before));
    }

    public void selectGroup(int index) {
        WebElement items = driver.findElement(By.id("inspection:items"));
        click(driver.findElements(By.cssSelector(".tree-group")).get(index));
        wait.until(ExpectedConditions.stalenessOf(items));
    }

    public boolean isAnswerButtonDisabled(int index, String kind) {
        WebElement button = cards().get(index).findElement(By.cssSelector(".answer-" + kind));
        return button.getAttribute("disabled") != null || button.getAttribute("class").contains("ui-state-disabled");
    }

    public void setInspector(String name) {
        WebElement field = driver.findElement(By.id("inspection:inspector"));
        click(field);
        field.clear();
        field.sendKeys(name);
        wait.until(d -> name.equals(d.findElement(By.id("inspection:inspector")).getDomProperty("value")));
    }

    public void save() {
        click(driver.findElement(By.id("inspection:save")));
    }

    public String messages() {
        return driver.findElement(By.id("inspection:messages")).getText();
    }

    public String inspectorMessage() {
        return driver.findElement(By.id("inspection")).getText();
    }

    private boolean waitDialogSettled(String dialogId) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
            return true;
        } catch (org.openqa.selenium.TimeoutException stillOpen) {
            return false;
        }
    }

    private void confirm() {
        WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
        yes.click();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        element.click();
    }

    /** Types a date and closes the picker as a person would (Escape), so that it stops listening to keys. */
    private void typeDate(String id, String date) {
        type(id, date);
        driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel, .ui-datepicker:not(.ui-datepicker-inline)")));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
