package cn.gov.wujin.selfcheck.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** A page test: a running server, a fresh browser per test, a screenshot when it fails. */
@ExtendWith(PayaraServer.class)
public abstract class BrowserTest {

    protected WebDriver driver;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            Browser.screenshot(driver, context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        }
    };

    @BeforeEach
    void openBrowser() {
        driver = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String baseUrl() {
        return PayaraServer.baseUrl();
    }
}
