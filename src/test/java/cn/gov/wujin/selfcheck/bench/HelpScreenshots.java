package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InboxPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.pages.ProfilePage;
import cn.gov.wujin.selfcheck.testing.Browser;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes the screenshots of the 在线帮助 articles from a running demo server into
 * {@code src/main/resources/help/images/} (committed; run again after the pages change):
 * <pre>
 * mvn -Prun package -DskipTests -Dselfcheck.data.dir=target/shot-data -Dbench.captcha=BENCH   # a fresh demo server
 * mvn -Pbench test-compile exec:java -Dbench.main=cn.gov.wujin.selfcheck.bench.HelpScreenshots -Dbench.url=http://127.0.0.1:8080
 * </pre>
 * The captcha answer of the demo server ({@code -Dbench.captcha}) is typed like a user's; the enterprise is a
 * demo one, logged in for the first time (its password changed as the forced change asks).
 */
public final class HelpScreenshots {

    private HelpScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://127.0.0.1:8080");
        System.setProperty("selfcheck.test.captcha", System.getProperty("bench.captcha", "BENCH"));
        Path folder = Path.of("src/main/resources/help/images");
        Files.createDirectories(folder);
        WebDriver driver = Browser.open();
        try {
            LoginPage login = LoginPage.open(driver, base);
            shot(driver, folder, "login");
            login.submit(Demo.LUOYANG_GARMENT, Demo.INITIAL_PASSWORD, System.getProperty("selfcheck.test.captcha"));
            new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
            new EnterpriseHomePage(driver).awaitShown();
            shot(driver, folder, "home");
            driver.get(base + "/enterprise/profile.xhtml");
            new ProfilePage(driver).awaitShown();
            shot(driver, folder, "profile");
            InspectionsPage.open(driver, base).startNew();
            shot(driver, folder, "inspection");
            driver.get(base + "/enterprise/open-hazards.xhtml");
            Gui.shown(driver, By.cssSelector("table"));
            shot(driver, folder, "open-hazards");
            driver.get(base + "/enterprise/notices.xhtml");
            new InboxPage(driver).awaitShown();
            shot(driver, folder, "notices");
        } finally {
            driver.quit();
        }
    }

    private static void shot(WebDriver driver, Path folder, String name) throws Exception {
        Gui.idle(driver);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        System.out.println("[shot] " + name + ".png");
    }
}
