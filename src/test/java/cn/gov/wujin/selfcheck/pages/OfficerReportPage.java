package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;

/** 隐患代报: an officer records a hazard for an enterprise in scope. */
public class OfficerReportPage {

    private final WebDriver driver;

    public OfficerReportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OfficerReportPage open(WebDriver driver, String baseUrl, String enterpriseId) {
        driver.get(baseUrl + "/officer/report-hazard.xhtml?enterprise=" + enterpriseId);
        return new OfficerReportPage(driver).awaitShown();
    }

    public OfficerReportPage awaitShown() {
        Gui.shown(driver, By.id("report:saveReport"));
        return this;
    }

    /** Fills the finding of a general hazard (no checklist item: a free finding); the deadline as yyyy-MM-dd. */
    public OfficerReportPage fill(String location, String description, String type, String responsible, String deadline) {
        Gui.type(driver, By.id("report:location"), location);
        Gui.type(driver, By.id("report:description"), description);
        Gui.type(driver, By.id("report:hazardType"), type);
        Gui.type(driver, By.id("report:responsible"), responsible);
        Gui.typeDate(driver, "report:deadline_input", deadline);
        return this;
    }

    /** Uploads a photo of the finding and waits until its thumbnail shows or a message says why not. */
    public OfficerReportPage uploadPhoto(Path file) {
        int before = photoCount();
        String messagesBefore = messages();
        Gui.idle(driver);
        driver.findElement(By.cssSelector("#report\\:photoUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Gui.until(driver, d -> photoCount() != before || !messages().equals(messagesBefore));
        return this;
    }

    public int photoCount() {
        return driver.findElements(By.cssSelector("#report\\:photos img")).size();
    }

    public String messages() {
        return driver.findElement(By.id("report:messages")).getText();
    }

    /** 保存代报 and 确定: the new hazard's page. */
    public OfficerHazardPage save() {
        Gui.click(driver, driver.findElement(By.id("report:saveReport")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        return new OfficerHazardPage(driver).awaitShown();
    }
}
