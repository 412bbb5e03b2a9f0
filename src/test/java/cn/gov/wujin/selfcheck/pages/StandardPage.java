package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 打印自查标准. */
public class StandardPage {

    private final WebDriver driver;

    public StandardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static StandardPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/standard.xhtml");
        Gui.shown(driver, By.id("standardName"));
        return new StandardPage(driver);
    }

    public String title() {
        return driver.findElement(By.id("standardName")).getText().strip();
    }

    public List<String> sectionTitles() {
        return texts(".standard-section-title");
    }

    public List<String> contents() {
        return texts(".standard-content");
    }

    public boolean hasPrintButton() {
        return driver.findElement(By.id("printButton")).isDisplayed();
    }

    public String pdfHref() {
        return driver.findElement(By.id("pdfLink")).getAttribute("href");
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
