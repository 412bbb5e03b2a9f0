package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** A general hazard as an officer reads it: the report, the steps, the trail, and the 复查 of a 代报. */
public class OfficerHazardPage {

    private final WebDriver driver;

    public OfficerHazardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OfficerHazardPage open(WebDriver driver, String baseUrl, String hazardId) {
        driver.get(baseUrl + "/officer/hazard.xhtml?id=" + hazardId);
        return new OfficerHazardPage(driver).awaitShown();
    }

    public OfficerHazardPage awaitShown() {
        Gui.shown(driver, By.id("hazard:report"));
        return this;
    }

    /** The hazard's id, from the page's address. */
    public String hazardId() {
        return driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    }

    public String status() {
        return driver.findElement(By.id("hazard:status")).getText().strip();
    }

    public String source() {
        return driver.findElement(By.id("hazard-source")).getText().strip();
    }

    public String messages() {
        return driver.findElement(By.id("hazard:messages")).getText();
    }

    public boolean isRecheckShown() {
        return !driver.findElements(By.id("hazard:recheckPanel")).isEmpty();
    }

    public List<String> steps() {
        return Gui.texts(driver.findElements(By.cssSelector(".timeline .rectification-step")));
    }

    /** 提交复查结果 (通过 or 不通过 with the reason) and 确定: waits until the page was redrawn. */
    public void recheck(boolean passed, String opinion, String reason) {
        Gui.type(driver, By.id("hazard:opinion"), opinion);
        int option = passed ? 0 : 1;
        Gui.click(driver, driver.findElements(By.cssSelector("#hazard\\:passed .ui-radiobutton-box")).get(option));
        Gui.until(driver, d -> d.findElement(By.id("hazard:passed:" + option)).isSelected());
        Gui.type(driver, By.id("hazard:reason"), reason);
        WebElement report = driver.findElement(By.id("hazard:report"));
        Gui.click(driver, driver.findElement(By.id("hazard:saveRecheck")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, ExpectedConditions.stalenessOf(report));
    }

    /** The trail's steps, by their 操作 column, oldest first. */
    public List<String> trailActions() {
        return Gui.texts(driver.findElements(By.cssSelector("#trail .trail-row td:nth-child(2)")));
    }
}
