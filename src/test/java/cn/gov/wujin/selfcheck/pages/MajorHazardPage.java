package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** One reported major hazard in full, as an officer reads it. */
public class MajorHazardPage {

    private final WebDriver driver;

    public MajorHazardPage(WebDriver driver) {
        this.driver = driver;
    }

    public MajorHazardPage awaitShown() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("majorHazardPanel")));
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
