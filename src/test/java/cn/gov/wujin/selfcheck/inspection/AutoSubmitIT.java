package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InspectionFormPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly automatic submission on the 25th (武政办发〔2013〕110号), on the running server with its
 * clock set through the test support: nothing before the 25th, every due draft once on the 25th,
 * nothing on a second run.
 */
class AutoSubmitIT extends BrowserTest {

    private final JsfClient support = new JsfClient(baseUrl());

    private void setClock(LocalDateTime now) {
        HttpResponse<String> response = support.post("/test-support/clock?now=" + now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        assertEquals(204, response.statusCode(), "the test server has the clock test support");
    }

    private int runAutoSubmit() {
        HttpResponse<String> response = support.post("/test-support/auto-submit");
        assertEquals(200, response.statusCode());
        return Integer.parseInt(response.body().strip());
    }

    @AfterEach
    void realTimeAgain() {
        setClock(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void draftsAreSubmittedOnceOnTheTwentyFifth() {
        setClock(LocalDateTime.of(2027, 1, 20, 10, 0));
        LoginPage.open(driver, baseUrl()).loginAs(Demo.HIGHTECH_MATERIALS, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
        InspectionFormPage form = InspectionsPage.open(driver, baseUrl()).startNew();
        form.markNone(0);
        form.setInspector("徐检查");
        form.save();
        assertEquals(List.of("徐检查"), new InspectionsPage(driver).awaitShown().draftInspectors());

        // The runs count every due draft of the shared database; this test counts its enterprise's own records.
        runAutoSubmit();
        assertOwnRecords(List.of("徐检查"), List.of(), "before the 25th nothing of January is due");
        setClock(LocalDateTime.of(2027, 1, 25, 0, 30));
        runAutoSubmit();
        assertOwnRecords(List.of("徐检查"), List.of(), "not before the configured hour of the 25th");

        setClock(LocalDateTime.of(2027, 1, 25, 2, 0));
        assertTrue(runAutoSubmit() >= 1, "on the 25th the January draft is submitted");
        assertOwnRecords(List.of(), List.of("徐检查"), "on the 25th the January draft is submitted");
        cn.gov.wujin.selfcheck.testing.Boundary boundary = new cn.gov.wujin.selfcheck.testing.Boundary(baseUrl());
        String audited = boundary.ok(Demo.DISTRICT, "audit.count", "action", "INSPECTION_AUTO_SUBMITTED", "target", Demo.HIGHTECH_MATERIALS);
        org.junit.jupiter.api.Assertions.assertNotEquals("0", audited, "the automatic submission is audited as the system's");
        runAutoSubmit();
        InspectionsPage list = assertOwnRecords(List.of(), List.of("徐检查"), "a second run submits nothing twice");
        assertTrue(list.historyHow().get(0).contains("自动上报"), list.historyHow().toString());
        HttpResponse<String> reminders = support.post("/test-support/notices",
                java.util.Map.of("enterprise", Demo.HIGHTECH_MATERIALS, "listReminders", "true"));
        assertEquals(List.of("AUTO_SUBMITTED AUTO_SUBMITTED:2027-01"), reminders.body().lines()
                .filter(line -> line.startsWith("AUTO_SUBMITTED ")).toList(), "自查记录已自动上报: once, after two runs");
        assertEquals(audited, boundary.ok(Demo.DISTRICT, "audit.count", "action", "INSPECTION_AUTO_SUBMITTED",
                "target", Demo.HIGHTECH_MATERIALS), "the system's submission is audited once, not again by the second run");
        // The system's, with no role (the address is the test support's request that ran it; a timer has none).
        String newest = boundary.ok(Demo.DISTRICT, "audit.newest", "action", "INSPECTION_AUTO_SUBMITTED", "target", Demo.HIGHTECH_MATERIALS);
        assertTrue(newest.startsWith("system|null|") && newest.endsWith("|" + Demo.HIGHTECH_MATERIALS + "|2027-01"), newest);
    }

    /** The enterprise's own drafts and submitted records (by inspector), as its list shows them. */
    private InspectionsPage assertOwnRecords(List<String> drafts, List<String> history, String why) {
        InspectionsPage list = InspectionsPage.open(driver, baseUrl());
        assertEquals(drafts, list.draftInspectors(), "drafts: " + why);
        assertEquals(history, list.historyInspectors(), "submitted: " + why);
        return list;
    }

    @Test
    void theTestSupportRefusesABadRequest() {
        assertEquals(400, support.post("/test-support/clock?now=not-a-date").statusCode());
    }
}
