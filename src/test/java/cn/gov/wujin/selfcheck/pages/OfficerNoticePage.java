package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** One notice for its officers: the text, the read rate, the unread recipients and 提醒未读单位. */
public class OfficerNoticePage {

    private final WebDriver driver;

    public OfficerNoticePage(WebDriver driver) {
        this.driver = driver;
    }

    public static OfficerNoticePage open(WebDriver driver, String baseUrl, String id) {
        driver.get(baseUrl + "/officer/notice.xhtml?id=" + id);
        return new OfficerNoticePage(driver).awaitShown();
    }

    public OfficerNoticePage awaitShown() {
        Gui.shown(driver, By.id("readRate"));
        return this;
    }

    /** The notice's id from the page's address. */
    public String id() {
        return driver.getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
    }

    public String readRate() {
        return driver.findElement(By.id("readRate")).getText().strip();
    }

    public String title() {
        return driver.findElement(By.id("noticeTitle")).getText().strip();
    }

    public List<String> unreadEnterprises() {
        return Gui.texts(driver.findElements(By.cssSelector("#readers\\:unread .unread-enterprise")));
    }

    /** 提醒未读单位 and 确定: the message it answers with. */
    public String remindUnread() {
        WebElement before = driver.findElement(By.id("readers:messages"));
        Gui.click(driver, driver.findElement(By.id("readers:remindUnread")));
        Gui.clickReplacing(driver, Gui.shown(driver, By.id("confirmYes")), before);
        return Gui.shown(driver, By.id("readers:messages")).getText().strip();
    }
}
