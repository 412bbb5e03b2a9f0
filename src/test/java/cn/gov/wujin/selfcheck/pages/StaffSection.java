package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
        WebElement form = driver.findElement(By.id("staffForm"));
        Gui.click(driver, driver.findElement(By.id("staff:addStaff")));
        awaitDialog(form);
        fill(name, position, category, mobile);
        return this;
    }

    /** Opens 修改 of the row of that person. */
    public StaffSection edit(String name) {
        WebElement form = driver.findElement(By.id("staffForm"));
        Gui.click(driver, row(name).findElement(By.className("staff-edit")));
        awaitDialog(form);
        Gui.until(driver, d -> name.equals(d.findElement(By.id("staffForm:name")).getDomProperty("value")));
        return this;
    }

    public StaffSection type(String field, String text) {
        Gui.type(driver, By.id("staffForm:" + field), text);
        return this;
    }

    /** Saves and waits until the table was redrawn and the dialog closed. */
    public StaffSection save() {
        WebElement table = driver.findElement(By.id("staff:staffTable"));
        Gui.clickReplacing(driver, driver.findElement(By.id("staffForm:saveStaff")), table);
        Gui.gone(driver, DIALOG);
        return this;
    }

    /** Saves expecting a refusal; returns the dialog's message. */
    public String saveRefused() {
        WebElement before = driver.findElement(By.id("staffForm:dialogMessages"));
        Gui.clickReplacing(driver, driver.findElement(By.id("staffForm:saveStaff")), before);
        Gui.until(driver, d -> !d.findElement(By.id("staffForm:dialogMessages")).getText().isBlank());
        if (!driver.findElement(DIALOG).isDisplayed()) {
            throw new AssertionError("the dialog closed");
        }
        return driver.findElement(By.id("staffForm:dialogMessages")).getText();
    }

    public void closeDialog() {
        Gui.click(driver, driver.findElement(By.cssSelector("#staffDialog .ui-dialog-titlebar-close")));
        Gui.gone(driver, DIALOG);
    }

    /** Deletes a person through the confirmation dialog. */
    public StaffSection delete(String name) {
        WebElement row = row(name);
        Gui.click(driver, row.findElement(By.className("staff-delete")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, ExpectedConditions.stalenessOf(row));
        Gui.gone(driver, By.cssSelector(".ui-confirm-dialog"));
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
        Gui.until(driver, d -> names().equals(names));
        return this;
    }

    private void fill(String name, String position, String category, String mobile) {
        type("name", name);
        type("position", position);
        new Select(driver.findElement(By.id("staffForm:category"))).selectByVisibleText(category);
        type("mobile", mobile);
    }

    /** The dialog's form was redrawn for the person by the answer, and the dialog is open. */
    private void awaitDialog(WebElement oldForm) {
        Gui.until(driver, d -> ExpectedConditions.stalenessOf(oldForm).apply(d) && d.findElement(DIALOG).isDisplayed());
    }

    private WebElement row(String name) {
        return driver.findElements(By.cssSelector("#staff\\:staffTable_data tr")).stream()
                .filter(tr -> tr.findElements(By.className("staff-name")).stream().anyMatch(e -> e.getText().strip().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no staff row " + name));
    }
}
