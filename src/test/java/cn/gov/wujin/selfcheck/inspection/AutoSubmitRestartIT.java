package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InspectionFormPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Browser;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up catch-up of the monthly automatic submission, with a real restart: a server of its
 * own (own database, demo data) runs on 20 November, an enterprise saves a November draft, the
 * server stops, and it starts again on the same data on 27 November, after the 25th passed while it
 * was down. Nothing calls the test support's auto-submit trigger: only the start-up can have
 * submitted the draft. The clocks come from {@code selfcheck.test-support.start-at}.
 * <p>
 * What the catch-up means ({@code AutoSubmitSchedule}, {@code Periods.lastDuePeriod}): at start-up,
 * every draft of the newest period whose 25th (at the configured hour) has passed, and of any
 * period before it, is submitted as 自动上报; a record dated after the 25th belongs to the next
 * month and stays a draft until that month's 25th.
 */
class AutoSubmitRestartIT {

    /** Any demo enterprise: the database is this test's own. 危险化学品, like the other inspection tests. */
    private static final String ENTERPRISE = Demo.HIGHTECH_FINE_CHEMICALS;

    private PayaraServer.Instance server;
    private WebDriver driver;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            Browser.screenshot(driver, "AutoSubmitRestartIT-" + context.getDisplayName());
        }
    };

    @AfterEach
    void stopEverything() {
        closeBrowser();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTwentyFifthMissedWhileDownIsCaughtUpOnceAtStartUp() throws IOException {
        // 20 November: a November draft.
        server = PayaraServer.launch("restart-1120", startAt("2026-11-20T10:00"));
        Path data = server.dataDir();
        assertTrue(log().contains("Automatic submission for periods up to 2026-10: 0 records"), "start-up on 20 November: nothing due");
        openBrowser();
        LoginPage.open(driver, server.baseUrl()).loginAs(ENTERPRISE, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
        saveNewDraft("周检查");
        InspectionsPage before = InspectionsPage.open(driver, server.baseUrl());
        assertEquals(List.of("周检查"), before.draftInspectors(), "a draft under 当前月自查记录");
        assertEquals(List.of("2026-11"), before.draftPeriods());
        assertEquals(List.of(), before.historyInspectors());

        stopServer();
        assertFalse(Files.exists(data.resolve("selfcheck-db").resolve("db.lck")),
                "the embedded Derby database was shut down cleanly when the server stopped");

        // 27 November, on the same data: the 25th passed while the server was down.
        server = PayaraServer.launch("restart-1127", startAt("2026-11-27T09:00"), data);
        assertTrue(log().contains("Automatic submission for periods up to 2026-11: 1 records"), "the start-up caught up one record");
        openBrowser();
        loginAgain();
        InspectionsPage after = InspectionsPage.open(driver, server.baseUrl());
        assertEquals(List.of(), after.draftInspectors(), "no longer a draft");
        assertEquals(List.of("周检查"), after.historyInspectors(), "in 历史记录, once");
        assertTrue(after.historyHow().get(0).contains("自动上报"), after.historyHow().toString());
        assertTrue(after.historyRows().get(0).contains("2026-11-27"), "submitted at the catch-up: " + after.historyRows());

        // A record made now is dated after the 25th: a December record, not swept up by November's run.
        saveNewDraft("吴检查");
        InspectionsPage december = InspectionsPage.open(driver, server.baseUrl());
        assertEquals(List.of("吴检查"), december.draftInspectors());
        assertEquals(List.of("2026-12"), december.draftPeriods());
        assertEquals(List.of("周检查"), december.historyInspectors());

        // Another restart before 25 December: the catch-up runs again and changes nothing.
        stopServer();
        server = PayaraServer.launch("restart-1224", startAt("2026-12-24T09:00"), data);
        assertTrue(log().contains("Automatic submission for periods up to 2026-11: 0 records"), "nothing submitted twice");
        openBrowser();
        loginAgain();
        InspectionsPage again = InspectionsPage.open(driver, server.baseUrl());
        assertEquals(List.of("吴检查"), again.draftInspectors(), "the December draft is still a draft");
        assertEquals(List.of("周检查"), again.historyInspectors(), "the November record is still there exactly once");
    }

    private static List<String> startAt(String localDateTime) {
        return List.of("selfcheck.test-support.start-at=" + localDateTime);
    }

    private void saveNewDraft(String inspector) {
        InspectionFormPage form = InspectionsPage.open(driver, server.baseUrl()).startNew();
        form.markNone(0);
        form.setInspector(inspector);
        form.save();
        new InspectionsPage(driver).awaitShown();
    }

    private void loginAgain() {
        LoginPage.open(driver, server.baseUrl()).loginAs(ENTERPRISE, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
    }

    private String log() throws IOException {
        return new String(Files.readAllBytes(server.log()), StandardCharsets.UTF_8);
    }

    private void openBrowser() {
        driver = Browser.open();
    }

    private void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private void stopServer() {
        closeBrowser();
        server.close();
        server = null;
    }
}
