package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InspectionFormPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 新建自查 → 保存 → 修改 → 上报 → 历史记录 (manual §4.1, §4.2), with both hazard dialogs. */
class InspectionIT extends BrowserTest {

    private static final String DEADLINE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();

    private InspectionsPage logInAs(String enterprise) {
        LoginPage.open(driver, baseUrl()).loginAs(enterprise, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
        return InspectionsPage.open(driver, baseUrl());
    }

    @Test
    void aFullRoundFromNewInspectionToHistory() {
        InspectionFormPage form = logInAs(Demo.NIUTANG_CHEMICALS).startNew();
        assertTrue(form.progress().startsWith("已排查 0 /"), form.progress());

        form.markNone(0);
        assertEquals("无此隐患", form.resultOf(0));

        form.openGeneral(1);
        assertFalse(form.submitGeneral(), "an empty general hazard is refused");
        assertTrue(form.generalMessages().contains("隐患部位"), form.generalMessages());
        form.fillGeneral("仓库东侧", "灭火器过期未更换", "消防安全", "赵海峰", DEADLINE);
        assertTrue(form.submitGeneral(), "a complete general hazard closes the dialog");
        assertEquals("一般隐患", form.resultOf(1));

        form.openMajorAndConfirmWarning(2, warning -> warning.contains("重大隐患上报后不能修改删除"));
        form.fillMajor(DEADLINE);
        assertTrue(form.submitMajor());
        assertEquals("重大隐患", form.resultOf(2));
        assertTrue(form.isAnswerButtonDisabled(2, "none"), "a reported major hazard's answer cannot change");

        form.markRestOfFirstGroupNone();

        form.save();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> form.inspectorMessage().contains("检查人姓名：必填项"));
        assertTrue(driver.getCurrentUrl().contains("/enterprise/inspection.xhtml"), "saving without a name stays on the form");

        form.setInspector("张检查");
        form.save();
        InspectionsPage list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("张检查"), list.draftInspectors());
        assertTrue(list.draftCounts().get(0).endsWith("/ 1 / 1"), list.draftCounts().toString());

        InspectionFormPage reopened = list.editDraft(0);
        assertEquals("一般隐患", reopened.resultOf(1));
        assertEquals("重大隐患", reopened.resultOf(2));
        reopened.markNone(reopened.cards().size() - 1);
        reopened.save();
        list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("张检查"), list.draftInspectors());

        list.submitDraft(0);
        assertEquals(List.of(), list.draftInspectors());
        assertEquals(List.of("张检查"), list.historyInspectors());
        assertTrue(list.historyHow().get(0).contains("手动上报"));

        String record = list.viewHistoryRecord(0);
        assertTrue(record.contains("已上报"), record);
        assertTrue(record.contains("仓库东侧：灭火器过期未更换"), record);
        assertTrue(record.contains("重大隐患"), record);

        // A submitted record is read-only: its edit form is refused even to its owner.
        String recordId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        driver.get(baseUrl() + "/enterprise/inspection.xhtml?id=" + recordId);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));

        // Another enterprise cannot read it by changing the id.
        JsfClient other = new JsfClient(baseUrl());
        other.loginEnterprise(Demo.XIHU_SUPERMARKET, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<String> foreign = other.get("/enterprise/record.xhtml?id=" + recordId);
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.body().contains("仓库东侧"), "nothing of the record leaks into the refusal");
        assertEquals(403, other.get("/enterprise/inspection.xhtml?id=" + recordId).statusCode());
    }

    @Test
    void aReportedMajorHazardStaysWhenItsDraftIsDeleted() {
        InspectionFormPage form = logInAs(Demo.HIGHTECH_FINE_CHEMICALS).startNew();
        form.openMajorAndConfirmWarning(0, warning -> warning.contains("重大隐患上报后不能修改删除"));
        form.fillMajor(DEADLINE);
        assertTrue(form.submitMajor());
        form.setInspector("李检查");
        form.save();
        InspectionsPage list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("李检查"), list.draftInspectors());

        list.deleteDraft(0);
        assertEquals(List.of(), list.draftInspectors());

        driver.get(baseUrl() + "/enterprise/major-hazards.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("majorPanel")));
        List<String> locations = driver.findElements(By.cssSelector(".major-location")).stream().map(e -> e.getText().strip()).toList();
        assertEquals(List.of("液氯储罐区"), locations);
        assertEquals("已上报", driver.findElement(By.cssSelector(".major-status")).getText().strip());
    }
}
