package cn.gov.wujin.selfcheck.pages;

import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The enterprise's 公告通知 or 系统提醒 list. */
public class InboxPage {

    private final WebDriver driver;

    public InboxPage(WebDriver driver) {
        this.driver = driver;
    }

    public InboxPage awaitShown() {
        Gui.shown(driver, By.id("inbox:table"));
        return this;
    }

    public List<String> titles() {
        return Gui.texts(driver.findElements(By.cssSelector("#inbox\\:table .inbox-title")));
    }

    public List<String> states() {
        return Gui.texts(driver.findElements(By.cssSelector("#inbox\\:table .inbox-state")));
    }

    /** Searches by title keyword (all states) and waits for the replaced rows. */
    public InboxPage search(String keyword) {
        Gui.type(driver, By.id("inbox:keyword"), keyword);
        WebElement before = driver.findElement(By.id("inbox:table_data"));
        new Select(driver.findElement(By.id("inbox:state"))).selectByVisibleText("全部");
        Gui.clickReplacing(driver, driver.findElement(By.id("inbox:search")), before);
        return this;
    }

    /** Opens the row with this title. */
    public void open(String title) {
        WebElement link = driver.findElements(By.cssSelector("#inbox\\:table .inbox-title")).stream()
                .filter(e -> e.getText().strip().equals(title)).findFirst().orElseThrow();
        Gui.clickReplacing(driver, link, driver.findElement(By.id("inbox:table")));
    }
}
