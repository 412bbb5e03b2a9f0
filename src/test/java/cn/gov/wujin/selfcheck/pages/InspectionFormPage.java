package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** 新建自查 / 修改: the tree, the item cards with their three buttons, the two dialogs, 保存. */
public class InspectionFormPage {

    private static final By GENERAL_DIALOG = By.id("generalDialog");
    private static final By MAJOR_DIALOG = By.id("majorDialog");

    private final WebDriver driver;

    public InspectionFormPage(WebDriver driver) {
        this.driver = driver;
    }

    public InspectionFormPage awaitShown() {
        Gui.shown(driver, By.id("inspection:save"));
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

    /** 无此隐患 and 确定: waits until the progress counter has moved. */
    public void markNone(int index) {
        String before = progress();
        Gui.click(driver, cards().get(index).findElement(By.cssSelector(".answer-none")));
        confirm();
        Gui.until(driver, d -> !progress().equals(before));
    }

    /** 一般隐患: waits until the dialog, filled for that item by the answer, is open. */
    public void openGeneral(int index) {
        WebElement form = driver.findElement(By.id("generalForm"));
        Gui.click(driver, cards().get(index).findElement(By.cssSelector(".answer-general")));
        awaitDialogOpened(form, GENERAL_DIALOG);
    }

    public void fillGeneral(String location, String problem, String type, String responsible, String deadline) {
        Gui.type(driver, By.id("generalForm:location"), location);
        Gui.type(driver, By.id("generalForm:description"), problem);
        Gui.type(driver, By.id("generalForm:hazardType"), type);
        Gui.type(driver, By.id("generalForm:responsible"), responsible);
        Gui.typeDate(driver, "generalForm:deadline_input", deadline);
    }

    /** Uploads a photo in the general dialog and waits until it shows or a message says why not. */
    public void uploadPhoto(java.nio.file.Path file) {
        int before = photoCount();
        List<String> messagesBefore = generalMessages();
        Gui.idle(driver);
        driver.findElement(By.cssSelector("#generalForm\\:photoUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Gui.until(driver, d -> photoCount() != before || !generalMessages().equals(messagesBefore));
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

    /** 提交 in the general dialog; returns whether the dialog closed (else it shows why not). */
    public boolean submitGeneral() {
        return submitDialog("generalForm", GENERAL_DIALOG, By.id("generalForm:submitGeneral"));
    }

    /** The messages shown in the general dialog (global and beside the fields), without the labels and hints. */
    public List<String> generalMessages() {
        return messagesIn("generalForm");
    }

    /** The message shown beside a field of the general dialog (location, description, ...), empty when there is none. */
    public String generalMessageFor(String field) {
        return messageBeside("generalForm:" + field);
    }

    /** 重大隐患: the warning first; returns after 确定 opened the report dialog, filled for that item. */
    public void openMajorAndConfirmWarning(int index, Function<String, Boolean> warningCheck) {
        WebElement form = driver.findElement(By.id("majorForm"));
        Gui.click(driver, cards().get(index).findElement(By.cssSelector(".answer-major")));
        WebElement dialog = Gui.shown(driver, By.cssSelector(".ui-confirm-dialog"));
        if (!warningCheck.apply(dialog.getText())) {
            throw new AssertionError("unexpected warning: " + dialog.getText());
        }
        confirm();
        awaitDialogOpened(form, MAJOR_DIALOG);
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
        fieldsById.forEach((id, text) -> Gui.type(driver, By.id("majorForm:" + id), text));
        Gui.typeDate(driver, "majorForm:deadline_input", deadline);
    }

    /** The 判定标准 situation chosen in the major dialog, or empty when the item maps to none (no field). */
    public Optional<String> majorSituation() {
        List<WebElement> label = driver.findElements(By.id("majorForm:situation_label"));
        return label.isEmpty() ? Optional.empty() : Optional.of(label.get(0).getText().strip());
    }

    /** Ticks 需要局部或全部停产停业 in the report dialog and waits until it is ticked. */
    public void tickSuspension() {
        Gui.click(driver, driver.findElement(By.cssSelector("#majorForm\\:suspension .ui-chkbox-box")));
        Gui.until(driver, d -> d.findElement(By.id("majorForm:suspension_input")).isSelected());
    }

    /** 提交 in the report dialog; returns whether the dialog closed (else it shows why not). */
    public boolean submitMajor() {
        return submitDialog("majorForm", MAJOR_DIALOG, By.id("majorForm:submitMajor"));
    }

    /** 本类其余均无此隐患 of the first group shown, and 确定: waits until the progress counter has moved. */
    public void markRestOfFirstGroupNone() {
        String before = progress();
        Gui.click(driver, driver.findElements(By.cssSelector(".rest-none")).get(0));
        confirm();
        Gui.until(driver, d -> !progress().equals(before));
    }

    /** A group of the tree: waits until the items shown were replaced by that group's. */
    public void selectGroup(int index) {
        WebElement items = driver.findElement(By.id("inspection:items"));
        Gui.clickReplacing(driver, driver.findElements(By.cssSelector(".tree-group")).get(index), items);
    }

    /** The count of a group's link in the tree, e.g. "1/4". */
    public String treeCount(int groupIndex) {
        return driver.findElements(By.cssSelector(".tree-group .tree-count")).get(groupIndex).getText().strip();
    }

    /** The text of a 一级分类's link in the tree, e.g. "基础管理 (1)". */
    public String treeSection(int sectionIndex) {
        return driver.findElements(By.cssSelector(".tree-section")).get(sectionIndex).getText().strip();
    }

    /** The texts of the tree links marked as selected. */
    public List<String> selectedInTree() {
        return driver.findElements(By.cssSelector(".inspection-tree .selected")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The name of a group's link in the tree, without its count. */
    public String treeGroupName(int groupIndex) {
        WebElement link = driver.findElements(By.cssSelector(".tree-group")).get(groupIndex);
        return link.getText().replace(link.findElement(By.cssSelector(".tree-count")).getText(), "").strip();
    }

    public boolean isAnswerButtonDisabled(int index, String kind) {
        WebElement button = cards().get(index).findElement(By.cssSelector(".answer-" + kind));
        return button.getAttribute("disabled") != null || button.getAttribute("class").contains("ui-state-disabled");
    }

    public void setInspector(String name) {
        Gui.type(driver, By.id("inspection:inspector"), name);
    }

    /**
     * 保存: waits for the answer, which either leads to the list (then open it with
     * {@link InspectionsPage#awaitShown()}) or redraws the 检查人姓名 field with the reason.
     */
    public void save() {
        WebElement inspector = driver.findElement(By.id("inspection:inspector"));
        Gui.clickReplacing(driver, driver.findElement(By.id("inspection:save")), inspector);
    }

    /** The messages above the form (保存 answers there, a missing 检查人姓名 included). */
    public String messages() {
        return driver.findElement(By.id("inspection:messages")).getText();
    }

    private void awaitDialogOpened(WebElement oldForm, By dialog) {
        Gui.until(driver, d -> ExpectedConditions.stalenessOf(oldForm).apply(d) && d.findElement(dialog).isDisplayed());
    }

    private boolean submitDialog(String formId, By dialog, By submit) {
        WebElement form = driver.findElement(By.id(formId));
        Gui.clickReplacing(driver, driver.findElement(submit), form);
        // Accepted: the answer's oncomplete hides the dialog. Refused: the redrawn dialog says why.
        // (An answer of false would mean "not yet" to the wait, hence the words.)
        return "closed".equals(Gui.until(driver, d -> !d.findElement(dialog).isDisplayed() ? "closed"
                : messagesIn(formId).isEmpty() ? null : "refused"));
    }

    private List<String> messagesIn(String formId) {
        return Gui.texts(driver.findElements(By.cssSelector("[id='" + formId + "'] .ui-messages, [id='" + formId + "'] .ui-message")))
                .stream().filter(text -> !text.isEmpty()).toList();
    }

    private String messageBeside(String inputId) {
        return String.join("", Gui.texts(driver.findElements(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(@class,'form-field')][1]//*[contains(concat(' ', @class, ' '), ' ui-message ')]"))));
    }

    /** 确定 in the confirmation: waits until it has gone (its answer is then on its way). */
    private void confirm() {
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.gone(driver, By.cssSelector(".ui-confirm-dialog"));
    }
}
