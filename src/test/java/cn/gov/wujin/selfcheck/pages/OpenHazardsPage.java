package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** 未整改隐患: the hazards not closed, one row each, with 整改. */
public class OpenHazardsPage {

    private final WebDriver driver;

    public OpenHazardsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OpenHazardsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/open-hazards.xhtml");
        return new OpenHazardsPage(driver).awaitShown();
    }

    public OpenHazardsPage awaitShown() {
        Gui.shown(driver, By.id("openHazards:table"));
        return this;
    }

    /** The 隐患部位 of every row shown. */
    public List<String> locations() {
        return Gui.texts(driver.findElements(By.cssSelector("#openHazards\\:table .hazard-location")));
    }

    private Optional<WebElement> row(String location) {
        return driver.findElements(By.cssSelector("#openHazards\\:table tr.open-hazard")).stream()
                .filter(r -> r.findElement(By.cssSelector(".hazard-location")).getText().strip().equals(location))
                .findFirst();
    }

    /** The status, level and source shown in the row of that location. */
    public List<String> statusKindSourceOf(String location) {
        WebElement row = row(location).orElseThrow(() -> new AssertionError("no row for " + location + ": " + locations()));
        return List.of(row.findElement(By.cssSelector(".hazard-status")).getText().strip(),
                row.findElement(By.cssSelector(".hazard-kind")).getText().strip(),
                row.findElement(By.cssSelector(".hazard-source")).getText().strip());
    }

    /** 整改 of the row with that location: opens the hazard's page. */
    public HazardPage rectify(String location) {
        WebElement link = row(location).orElseThrow().findElement(By.cssSelector(".hazard-rectify"));
        Gui.click(driver, link);
        return new HazardPage(driver).awaitShown();
    }
}
