package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One reported major hazard in full, as an officer reads it. */
public class MajorHazardPage {

    private final WebDriver driver;

    public MajorHazardPage(WebDriver driver) {
        this.driver = driver;
    }

    public MajorHazardPage awaitShown() {
        Gui.shown(driver, By.id("majorHazardPanel"));
        return this;
    }

    /** The shown value of a field by its id: location, currentState, planGoal, ..., itemContent, reportedBy. */
    public String field(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    public String hazardId() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }
}
