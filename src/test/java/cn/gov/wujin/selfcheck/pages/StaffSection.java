package cn.gov.wujin.selfcheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** 单位人员信息 on the profile page: the table, the add/edit dialog and the delete confirmation. */
public class StaffSection {

    private static final By DIALOG = By.id("staffDialog");
    private final WebDriver driver;

    public StaffSection(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens 添加人员 and fills the dialog; {@link #save()} or {@link #saveRefused()} follows. */
    public StaffSection add(String name, String position, String category, String mobile) {
        driver.findElement(By.id("staff:addStaff")).click();
        awaitDialog();
        fill(name, position, category, mobile);
        return this;
    }

    /** Opens 修改 of the row of that person. */
    public StaffSection edit(String name) {
        row(name).findElement(By.className("staff-edit")).click();
        wait(30).until(ExpectedConditions.attributeToBe(By.id("staffForm:name"), "value", name));
        awaitDialog();
        return this;
    }

    public StaffSection type(String field, String text) {
        WebElement input = driver.findElement(By.id("staffForm:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Saves and waits until the dialog closes. */
    public StaffSection save() {
        driver.findElement(By.id("staffForm:saveStaff")).click();
        wait(30).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        return this;
    }

    /** Saves expecting a refusal; returns the dialog's message. */
    public String saveRefused() {
        WebElement before = driver.findElement(By.id("staffForm:dialogMessages"));
        driver.findElement(By.id("staffForm:saveStaff")).click();
        wait(30).until(ExpectedConditions.stalenessOf(before));
        wait(30).until(d -> !d.findElement(By.id("staffForm:dialogMessages")).getText().isBlank());
        return driver.findElement(By.id("staffForm:dialogMessages")).getText();
    }

    public void closeDialog() {
        driver.findElement(By.cssSelector("#staffDialog .ui-dialog-titlebar-close")).click();
        wait(30).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    /** Deletes a person through the confirmation dialog. */
    public StaffSection delete(String name) {
        WebElement row = row(name);
        row.findElement(By.className("staff-delete")).click();
        wait(30).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        wait(30).until(ExpectedConditions.stalenessOf(row));
        return this;
    }

    public List<String> names() {
        return driver.findElements(By.cssSelector("#staff\\:staffTable_data .staff-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** The cells of a person's row (姓名, 类别, 职务, 手机, 证书编号, 有效期, actions). */
    public String rowText(String name) {
        return row(name).getText();
    }

    public String messages() {
        return driver.findElement(By.id("staff:staffMessages")).getText();
    }

    /** Waits until the table lists exactly these names, in this order. */
    public StaffSection awaitNames(List<String> names) {
        wait(30).until(d -> names().equals(names));
        return this;
    }

    private void fill(String name, String position, String category, String mobile) {
        type("name", name);
        type("position", position);
        new Select(driver.findElement(By.id("staffForm:category"))).selectByVisibleText(category);
        type("mobile", mobile);
    }

    private void awaitDialog() {
        wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("staffForm:name")));
    }

    private WebElement row(String name) {
        return driver.findElements(By.cssSelector("#staff\\:staffTable_data tr")).stream()
                .filter(tr -> tr.findElements(By.className("staff-name")).stream().anyMatch(e -> e.getText().strip().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no staff row " + name));
    }

    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class); // AJAX updates replace the dialog and the table
        return wait;
    }
}
