package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * 编辑隐患排查标准 (ADMIN): the 一级分类 panels, their 二级分类 with the items, the category dialog
 * (rename, 新增二级分类), the item dialog (修改, 新增细则) and the delete confirmations.
 */
public class StandardEditPage {

    private static final By BODY = By.id("edit:body");

    private final WebDriver driver;

    public StandardEditPage(WebDriver driver) {
        this.driver = driver;
    }

    public static StandardEditPage open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "/admin/standard-edit.xhtml?id=" + id);
        return new StandardEditPage(driver).awaitShown();
    }

    public StandardEditPage awaitShown() {
        Gui.shown(driver, By.id("standardTitle"));
        return this;
    }

    /** Loads the page again from the server, as the browser's reload does. */
    public StandardEditPage reload() {
        WebElement body = driver.findElement(BODY);
        driver.navigate().refresh();
        Gui.until(driver, ExpectedConditions.stalenessOf(body));
        return awaitShown();
    }

    /** The id of the version shown (the id parameter of the address). */
    public long standardId() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public String title() {
        return driver.findElement(By.id("standardTitle")).getText().strip();
    }

    public String status() {
        return driver.findElement(By.cssSelector("#standardTitle .std-status")).getText().strip();
    }

    public String messages() {
        return driver.findElement(By.id("edit:messages")).getText();
    }

    public List<String> sectionNames() {
        return texts(driver.findElements(By.cssSelector(".std-section > .ui-panel-titlebar .ui-panel-title")));
    }

    public List<String> groupNames() {
        return texts(driver.findElements(By.cssSelector(".std-group .group-name")));
    }

    public List<String> groupNamesOf(String section) {
        return texts(section(section).findElements(By.cssSelector(".std-group .group-name")));
    }

    public List<String> itemContents() {
        return texts(driver.findElements(By.cssSelector(".item-content")));
    }

    public List<String> itemContentsOf(String group) {
        return texts(itemsTable(group).findElements(By.cssSelector(".item-content")));
    }

    /** The shown texts of an item's row: 排查内容, 排查标准, 判定依据 (with 对应重大事故隐患情形). */
    public String rowText(String content) {
        return itemRow(content).getText();
    }

    /** Whether the page offers any change (a published or retired version offers none). */
    public boolean isEditable() {
        return !driver.findElements(By.cssSelector(".edit-item, .add-item, .add-group")).isEmpty();
    }

    public ItemDialog editItem(String content) {
        click(itemRow(content).findElement(By.cssSelector(".edit-item")));
        return new ItemDialog().awaitShown();
    }

    public ItemDialog newItem(String group) {
        click(groupHeading(group).findElement(By.cssSelector(".add-item")));
        return new ItemDialog().awaitShown();
    }

    public CategoryDialog renameSection(String section) {
        click(section(section).findElement(By.cssSelector(".rename-section")));
        return new CategoryDialog().awaitShown();
    }

    public CategoryDialog renameGroup(String group) {
        click(groupHeading(group).findElement(By.cssSelector(".rename-group")));
        return new CategoryDialog().awaitShown();
    }

    public CategoryDialog newGroup(String section) {
        click(section(section).findElement(By.cssSelector(".add-group")));
        return new CategoryDialog().awaitShown();
    }

    /** 删除 of an item: returns the confirmation's text; then {@link #answerConfirmation(boolean)}. */
    public String deleteItem(String content) {
        click(itemRow(content).findElement(By.cssSelector(".delete-item")));
        return Gui.shown(driver, By.cssSelector(".ui-confirm-dialog")).getText();
    }

    /** 删除二级分类: returns the confirmation's text; then {@link #answerConfirmation(boolean)}. */
    public String deleteGroup(String group) {
        click(groupHeading(group).findElement(By.cssSelector(".delete-group")));
        return Gui.shown(driver, By.cssSelector(".ui-confirm-dialog")).getText();
    }

    /** 是 (the delete runs and the page is updated) or 否 (nothing happens). */
    public void answerConfirmation(boolean yes) {
        WebElement body = driver.findElement(BODY);
        Gui.click(driver, By.id(yes ? "confirmYes" : "confirmNo"));
        Gui.gone(driver, By.cssSelector(".ui-confirm-dialog"));
        if (yes) {
            Gui.until(driver, ExpectedConditions.stalenessOf(body));
        }
    }

    private WebElement section(String name) {
        return driver.findElements(By.cssSelector(".std-section")).stream()
                .filter(panel -> panel.findElement(By.cssSelector(".ui-panel-title")).getText().strip().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no 一级分类 " + name + " in " + sectionNames()));
    }

    private WebElement groupHeading(String name) {
        return driver.findElements(By.cssSelector(".std-group")).stream()
                .filter(h3 -> h3.findElement(By.cssSelector(".group-name")).getText().strip().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no 二级分类 " + name + " in " + groupNames()));
    }

    private WebElement itemsTable(String group) {
        return groupHeading(group).findElement(By.xpath("following-sibling::div[contains(@class,'std-items-table')][1]"));
    }

    private WebElement itemRow(String content) {
        return driver.findElements(By.cssSelector(".std-items-table tr[data-ri]")).stream()
                .filter(tr -> tr.findElement(By.cssSelector(".item-content")).getText().strip().equals(content))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + content));
    }

    private void click(WebElement element) {
        Gui.click(driver, element);
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).toList();
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private void type(String id, String text) {
        Gui.type(driver, By.id(id), text);
    }

    /** The 标准细则 dialog. */
    public final class ItemDialog {

        private ItemDialog awaitShown() {
            Gui.shown(driver, By.id("itemForm:save"));
            return this;
        }

        public String content() { return value("itemForm:content"); }
        public String criterion() { return value("itemForm:criterion"); }
        public String legalBasis() { return value("itemForm:legalBasis"); }
        public String majorSituation() { return value("itemForm:majorSituation"); }

        public ItemDialog content(String text) { type("itemForm:content", text); return this; }
        public ItemDialog criterion(String text) { type("itemForm:criterion", text); return this; }
        public ItemDialog legalBasis(String text) { type("itemForm:legalBasis", text); return this; }
        public ItemDialog majorSituation(String text) { type("itemForm:majorSituation", text); return this; }

        /** 保存, expecting success: the dialog closes and the page shows the change. */
        public StandardEditPage save() {
            WebElement body = driver.findElement(BODY);
            click(driver.findElement(By.id("itemForm:save")));
            Gui.gone(driver, By.id("itemDialog"));
            Gui.until(driver, ExpectedConditions.stalenessOf(body));
            return StandardEditPage.this;
        }

        /** 保存, expecting a refusal: the dialog stays open; returns its message. */
        public String saveRefused() {
            WebElement messages = driver.findElement(By.id("itemForm:itemMessages"));
            click(driver.findElement(By.id("itemForm:save")));
            Gui.until(driver, ExpectedConditions.stalenessOf(messages));
            Gui.until(driver, d -> !d.findElement(By.id("itemForm:itemMessages")).getText().isBlank());
            if (!driver.findElement(By.id("itemDialog")).isDisplayed()) {
                throw new AssertionError("the dialog closed");
            }
            return driver.findElement(By.id("itemForm:itemMessages")).getText();
        }

        /** 取消. */
        public StandardEditPage cancel() {
            click(driver.findElement(By.cssSelector("#itemForm .cancel")));
            Gui.gone(driver, By.id("itemDialog"));
            return StandardEditPage.this;
        }
    }

    /** The 分类 dialog: rename a 一级 or 二级分类, or name a new 二级分类. */
    public final class CategoryDialog {

        private CategoryDialog awaitShown() {
            Gui.shown(driver, By.id("categoryForm:save"));
            return this;
        }

        public String name() { return value("categoryForm:name"); }

        public CategoryDialog name(String text) { type("categoryForm:name", text); return this; }

        public StandardEditPage save() {
            WebElement body = driver.findElement(BODY);
            click(driver.findElement(By.id("categoryForm:save")));
            Gui.gone(driver, By.id("categoryDialog"));
            Gui.until(driver, ExpectedConditions.stalenessOf(body));
            return StandardEditPage.this;
        }

        public String saveRefused() {
            WebElement messages = driver.findElement(By.id("categoryForm:categoryMessages"));
            click(driver.findElement(By.id("categoryForm:save")));
            Gui.until(driver, ExpectedConditions.stalenessOf(messages));
            Gui.until(driver, d -> !d.findElement(By.id("categoryForm:categoryMessages")).getText().isBlank());
            if (!driver.findElement(By.id("categoryDialog")).isDisplayed()) {
                throw new AssertionError("the dialog closed");
            }
            return driver.findElement(By.id("categoryForm:categoryMessages")).getText();
        }

        public StandardEditPage cancel() {
            click(driver.findElement(By.cssSelector("#categoryForm .cancel")));
            Gui.gone(driver, By.id("categoryDialog"));
            return StandardEditPage.this;
        }
    }
}
