package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** An officer's home: scope and the enterprise list. */
public class OfficerHomePage {

    private final WebDriver driver;

    public OfficerHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public OfficerHomePage awaitShown() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("enterprises:table")));
        return this;
    }

    public String scopeName() {
        return driver.findElement(By.id("scopeName")).getText().strip();
    }

    public String scopeTotal() {
        return driver.findElement(By.id("scope")).getText();
    }

    public List<String> enterpriseNames() {
        return driver.findElements(By.cssSelector("#enterprises\\:table .enterprise-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public List<String> enterpriseTypes() {
        return driver.findElements(By.cssSelector("#enterprises\\:table .enterprise-type")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Types a keyword and waits until the table shows the result. */
    public void search(String keyword) {
        WebElement before = driver.findElement(By.id("enterprises:table_data"));
        WebElement field = driver.findElement(By.id("enterprises:keyword"));
        field.clear();
        field.sendKeys(keyword);
        driver.findElement(By.id("enterprises:search")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Clicks 查询 without waiting for the table (for a request that is expected to go elsewhere). */
    public void clickSearch() {
        driver.findElement(By.id("enterprises:search")).click();
    }
}
