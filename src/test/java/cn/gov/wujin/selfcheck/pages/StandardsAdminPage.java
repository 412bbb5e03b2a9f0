package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.Comparator;
import java.util.List;

/** 隐患排查标准管理 (ADMIN): the list of every version with 复制为新版本, 编辑/查看, 发布. */
public class StandardsAdminPage {

    private final WebDriver driver;

    public StandardsAdminPage(WebDriver driver) {
        this.driver = driver;
    }

    public static StandardsAdminPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/standards.xhtml");
        return new StandardsAdminPage(driver).awaitShown();
    }

    public StandardsAdminPage awaitShown() {
        Gui.shown(driver, By.id("standards:table"));
        return this;
    }

    /** One row of the list. */
    public record Row(long id, String type, int version, String status, int items) {
    }

    public List<Row> rows() {
        return rowElements().stream().map(StandardsAdminPage::row).toList();
    }

    /** The newest version of a type in a status (已发布, 草稿, 已停用). */
    public Row newest(String type, String status) {
        return rows().stream().filter(r -> r.type().equals(type) && r.status().equals(status))
                .max(Comparator.comparingInt(Row::version))
                .orElseThrow(() -> new AssertionError("no " + status + " version of " + type + " in " + rows()));
    }

    public Row row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + rows()));
    }

    /** 复制为新版本 of a version; the copy opens in the edit page. */
    public StandardEditPage copy(long id) {
        WebElement table = driver.findElement(By.id("standards:table"));
        Gui.clickReplacing(driver, rowElement(id).findElement(By.cssSelector("[id$=':copy']")), table);
        return new StandardEditPage(driver).awaitShown();
    }

    /** 发布 of a draft: returns the text of the confirmation, which {@link #cancelConfirmation()} or {@link #confirm()} closes. */
    public String startPublish(long id) {
        Gui.click(driver, rowElement(id).findElement(By.cssSelector("[id$=':publish']")));
        WebElement dialog = Gui.shown(driver, By.cssSelector(".ui-confirm-dialog"));
        return dialog.getText();
    }

    public void cancelConfirmation() {
        Gui.click(driver, By.id("confirmNo"));
        Gui.gone(driver, By.cssSelector(".ui-confirm-dialog"));
    }

    public String messages() {
        return driver.findElement(By.id("standards:messages")).getText();
    }

    private List<WebElement> rowElements() {
        return driver.findElements(By.cssSelector("#standards\\:table_data tr[data-ri]"));
    }

    private WebElement rowElement(long id) {
        return rowElements().stream().filter(tr -> row(tr).id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }

    private static Row row(WebElement tr) {
        return new Row(Long.parseLong(text(tr, ".std-id")), text(tr, ".std-type"), Integer.parseInt(text(tr, ".std-version")),
                text(tr, ".std-status"), Integer.parseInt(text(tr, ".std-items")));
    }

    private static String text(WebElement tr, String css) {
        // textContent: the id cell is hidden, and getText() reads only what is shown.
        return tr.findElement(By.cssSelector(css)).getDomProperty("textContent").strip();
    }
}
