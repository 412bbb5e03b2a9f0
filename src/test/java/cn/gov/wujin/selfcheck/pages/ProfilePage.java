package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** 单位基本信息 of an enterprise: the read view, its change history and the pictures. */
public class ProfilePage {

    private final WebDriver driver;

    public ProfilePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ProfilePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/enterprise/profile.xhtml");
        return new ProfilePage(driver).awaitShown();
    }

    public ProfilePage awaitShown() {
        Gui.shown(driver, By.id("profilePanel"));
        return this;
    }

    public ProfileEditPage edit() {
        WebElement panel = driver.findElement(By.id("profilePanel"));
        // p:linkButton is a span around the link; the link is what navigates (a click on the span does not in HtmlUnit).
        List<WebElement> link = driver.findElements(By.cssSelector("#editProfile a"));
        Gui.clickReplacing(driver, link.isEmpty() ? driver.findElement(By.id("editProfile")) : link.get(0), panel);
        return new ProfileEditPage(driver).awaitShown();
    }

    /** The shown value of a field of the read view. */
    public String value(String field) {
        return driver.findElement(By.cssSelector("dd[data-field='" + field + "']")).getText().strip();
    }

    public String pageMessages() {
        return driver.findElement(By.id("pageMessages")).getText();
    }

    public String completeness() {
        return driver.findElement(By.id("completeness")).getText().strip();
    }

    /** The history rows as "field|new value|who". */
    public List<String> history() {
        return driver.findElements(By.cssSelector("#history_data tr")).stream()
                .filter(row -> !row.findElements(By.className("history-field")).isEmpty())
                .map(row -> row.findElement(By.className("history-field")).getText().strip() + "|"
                        + row.findElement(By.className("history-new")).getText().strip() + "|"
                        + row.findElement(By.className("history-who")).getText().strip())
                .toList();
    }

    /** 添加图片: a full-page POST with the file given by its absolute path. */
    public ProfilePage upload(String title, String kind, Path file) {
        Gui.type(driver, By.id("pictureForm:title"), title);
        new Select(driver.findElement(By.id("pictureForm:kind"))).selectByVisibleText(kind);
        driver.findElement(By.cssSelector("#pictureForm input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement button = driver.findElement(By.id("pictureForm:upload"));
        Gui.clickReplacing(driver, button, button);
        return awaitShown();
    }

    public String pictureMessages() {
        return driver.findElement(By.id("pictureForm:pictureMessages")).getText();
    }

    public List<String> pictureTitles() {
        return driver.findElements(By.cssSelector("#gallery\\:thumbs figure.picture")).stream()
                .map(figure -> figure.getAttribute("data-title")).toList();
    }

    /** Whether the thumbnail of a picture has loaded as an image. */
    public boolean thumbnailLoaded(String title) {
        WebElement img = driver.findElement(By.cssSelector("figure.picture[data-title='" + title + "'] img.picture-thumb"));
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
    }

    public StaffSection staff() {
        return new StaffSection(driver);
    }
}
