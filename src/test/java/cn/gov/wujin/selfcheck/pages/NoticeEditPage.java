package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.List;

/** 发布公告通知: an officer writes a notice. */
public class NoticeEditPage {

    private final WebDriver driver;

    public NoticeEditPage(WebDriver driver) {
        this.driver = driver;
    }

    public static NoticeEditPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/officer/notice-edit.xhtml");
        return new NoticeEditPage(driver).awaitShown();
    }

    public NoticeEditPage awaitShown() {
        Gui.shown(driver, By.id("notice:save"));
        Gui.shown(driver, By.cssSelector("#notice\\:body .ql-editor"));
        return this;
    }

    public NoticeEditPage title(String title) {
        Gui.type(driver, By.id("notice:title"), title);
        return this;
    }

    /** Types plain text into the editor, as a person does. */
    public NoticeEditPage typeBody(String text) {
        Gui.click(driver, By.cssSelector("#notice\\:body .ql-editor"));
        driver.findElement(By.cssSelector("#notice\\:body .ql-editor")).sendKeys(text);
        Gui.until(driver, d -> d.findElement(By.cssSelector("#notice\\:body .ql-editor")).getText().contains(text));
        return this;
    }

    /**
     * Puts raw HTML where the editor keeps what it sends (its hidden field), as a request made without the
     * editor would: what the server receives is exactly this, whatever the editor itself would allow.
     */
    public NoticeEditPage rawBody(String html) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('notice:body_input').value = arguments[0];", html);
        return this;
    }

    /** 发送范围 by its label; for 按属地 the first (for a town officer: the only) town. */
    public NoticeEditPage audience(String label) {
        Gui.chooseOne(driver, "notice:audience", label);
        Gui.idle(driver);
        return this;
    }

    public NoticeEditPage upload(Path file) {
        int before = attachmentNames().size();
        String messagesBefore = messages();
        Gui.idle(driver);
        driver.findElement(By.cssSelector("#notice\\:attachmentUpload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Gui.until(driver, d -> attachmentNames().size() != before || !messages().equals(messagesBefore));
        return this;
    }

    public List<String> attachmentNames() {
        return Gui.texts(driver.findElements(By.cssSelector("#notice\\:attachments .attachment-name")));
    }

    public String messages() {
        return driver.findElement(By.id("notice:messages")).getText();
    }

    /** 发布 and 确定: the notice's page for its officers. */
    public OfficerNoticePage publish() {
        // The raw body of rawBody must not be overwritten by the editor: the click leaves the editor alone.
        Gui.click(driver, driver.findElement(By.id("notice:save")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        return new OfficerNoticePage(driver).awaitShown();
    }

    /** 发布 and 确定 when the save is refused: the messages the page shows then. */
    public String publishRefused() {
        String before = driver.findElement(By.id("notice")).getText();
        Gui.click(driver, driver.findElement(By.id("notice:save")));
        Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
        Gui.until(driver, d -> !d.findElement(By.id("notice")).getText().equals(before));
        return driver.findElement(By.id("notice")).getText();
    }

    public String titleValue() {
        return driver.findElement(By.id("notice:title")).getDomProperty("value");
    }
}
