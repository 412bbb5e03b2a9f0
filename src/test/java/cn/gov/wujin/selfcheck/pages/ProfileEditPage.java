package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 企业基本信息 · 信息修改: the edit form (ids are the ProfileData property names under {@code profile:}). */
public class ProfileEditPage {

    private final WebDriver driver;

    public ProfileEditPage(WebDriver driver) {
        this.driver = driver;
    }

    public ProfileEditPage awaitShown() {
        Gui.shown(driver, By.id("profile:save"));
        return this;
    }

    /** Types into a field; a date field's picker is closed again (Escape) before the next step. */
    public ProfileEditPage type(String field, String text) {
        String id = inputId(field);
        if (id.endsWith("_input")) {
            Gui.typeDate(driver, id, text);
        } else {
            Gui.type(driver, By.id(id), text);
        }
        return this;
    }

    public String value(String field) {
        return input(field).getAttribute("value");
    }

    public boolean isShown(String field) {
        return driver.findElements(By.id(inputId(field))).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Answers a 是/否 question and waits for its follow-up fields to appear (是) or go (否). */
    public ProfileEditPage answer(String question, boolean yes, String firstFollowUp) {
        Gui.click(driver, driver.findElement(By.cssSelector("label[for='profile:" + question + (yes ? ":0" : ":1") + "']")));
        By followUp = By.id(inputId(firstFollowUp));
        if (yes) {
            Gui.shown(driver, followUp);
        } else {
            Gui.gone(driver, followUp);
        }
        return this;
    }

    public ProfileEditPage choose(String field, String visibleText) {
        Gui.idle(driver);
        new Select(driver.findElement(By.id("profile:" + field))).selectByVisibleText(visibleText);
        Gui.until(driver, d -> new Select(d.findElement(By.id("profile:" + field))).getFirstSelectedOption().getText().strip()
                .equals(visibleText.strip()));
        return this;
    }

    /** Saves (a full-page POST) and waits for the next page. */
    public void save() {
        WebElement button = driver.findElement(By.id("profile:save"));
        Gui.clickReplacing(driver, button, button);
    }

    /** The message shown beside a field, empty when there is none. */
    public String messageOf(String field) {
        return driver.findElements(By.xpath("//*[@id='" + inputId(field) + "']/ancestor::div[contains(@class,'form-cell')][1]"
                        + "//*[contains(@class,'ui-message')]")).stream()
                .map(WebElement::getText).map(String::strip).reduce("", String::concat);
    }

    public String globalMessages() {
        return driver.findElement(By.id("profile:messages")).getText();
    }

    private WebElement input(String field) {
        return driver.findElement(By.id(inputId(field)));
    }

    /** A p:datePicker's text input carries the suffix {@code _input}. */
    private String inputId(String field) {
        String id = "profile:" + field;
        return driver.findElements(By.id(id + "_input")).isEmpty() ? id : id + "_input";
    }
}
