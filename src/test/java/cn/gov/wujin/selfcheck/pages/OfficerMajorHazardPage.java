package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** An officer's page of one major hazard: the report, the decisions its status allows, the steps and the trail. */
public class OfficerMajorHazardPage {

    private final WebDriver driver;

    public OfficerMajorHazardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OfficerMajorHazardPage open(WebDriver driver, String baseUrl, String hazardId) {
        driver.get(baseUrl + "/officer/major-hazard.xhtml?id=" + hazardId);
        return new OfficerMajorHazardPage(driver).awaitShown();
    }

    public OfficerMajorHazardPage awaitShown() {
        Gui.shown(driver, By.id("majorHazardPanel"));
        return this;
    }

    public String status() {
        return driver.findElement(By.id("status")).getText().strip();
    }

    public String deadline() {
        return driver.findElement(By.id("currentDeadline")).getText().strip();
    }

    public String messages() {
        return driver.findElement(By.id("decision:messages")).getText();
    }

    public boolean isShown(String panelId) {
        return !driver.findElements(By.id("decision:" + panelId)).isEmpty();
    }

    public String value(String field) {
        return driver.findElement(By.id("decision:" + field)).getDomProperty("value");
    }

    public List<String> supplements() {
        return Gui.texts(driver.findElements(By.cssSelector("#supplements .supplement")));
    }

    /** 退回补充 with the reason, and 确定. */
    public void returnReport(String reason) {
        Gui.type(driver, By.id("decision:returnReason"), reason);
        clickAndConfirm("decision:returnReport");
    }

    /** 挂牌督办 as the form was prefilled (level, unit, deadline, the suggested number), and 确定. */
    public void supervise() {
        clickAndConfirm("decision:supervise");
    }

    /** 同意延期 or 不同意, with an opinion. */
    public void decideExtension(boolean grant, String opinion) {
        choose("extensionGranted", grant ? 0 : 1);
        Gui.type(driver, By.id("decision:extensionReason"), opinion);
        WebElement panel = driver.findElement(By.id("majorHazardPanel"));
        Gui.clickReplacing(driver, driver.findElement(By.id("decision:decideExtension")), panel);
    }

    public String reviewCountdown() {
        return driver.findElement(By.id("reviewCountdown")).getText().strip();
    }

    public String evaluation() {
        return driver.findElement(By.id("evaluation")).getText().strip();
    }

    /** 验收通过 or 不通过, with an opinion, and 确定. */
    public void decideAcceptance(boolean passed, String opinion) {
        choose("acceptancePassed", passed ? 0 : 1);
        Gui.type(driver, By.id("decision:acceptanceOpinion"), opinion);
        clickAndConfirm("decision:decideAcceptance");
    }

    public List<String> trailActions() {
        return Gui.texts(driver.findElements(By.cssSelector("#trail .trail-row td:nth-child(2)")));
    }

    public List<String> steps() {
        return Gui.texts(driver.findElements(By.cssSelector(".timeline .rectification-step")));
    }

    private void choose(String radioId, int option) {
        Gui.click(driver, driver.findElements(By.cssSelector("#decision\\:" + radioId + " .ui-radiobutton-box")).get(option));
        Gui.until(driver, d -> d.findElement(By.id("decision:" + radioId + ":" + option)).isSelected());
    }

    private void clickAndConfirm(String buttonId) {
        WebElement panel = driver.findElement(By.id("majorHazardPanel"));
        Gui.click(driver, driver.findElement(By.id(buttonId)));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, ExpectedConditions.stalenessOf(panel));
    }

    /** The attachments of the trail, each as its name and its link's address. */
    public List<List<String>> trailAttachments() {
        return driver.findElements(By.cssSelector("#trail .trail-attachment a")).stream()
                .map(a -> List.of(a.getText().strip(), a.getDomAttribute("href"))).toList();
    }
}
