package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.HazardPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.OfficerHazardPage;
import cn.gov.wujin.selfcheck.pages.OfficerMajorHazardPage;
import cn.gov.wujin.selfcheck.pages.OfficerReportPage;
import cn.gov.wujin.selfcheck.pages.OpenHazardsPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A major hazard from its report to 销号 in the browser, the enterprise and the town officer taking
 * turns: 退回补充 → 补充信息 (the report unchanged) → 挂牌督办 with the suggested 督办通知书 number →
 * 第十五条 measures and 延期申请 → 同意延期 (the deadline moves) → 整改 → 申请验收 with the review
 * countdown → 验收通过; the trail shows every step to both. The report itself is arranged through
 * the boundary; the dialog that makes one is MajorHazardOversightIT's. And 代报: the officer's finding,
 * marked for the enterprise, rectified by it and closed only by the officer's 复查.
 */
@ExtendWith(IsolatedServer.class)
class MajorHazardWorkflowIT extends BrowserTest {

    private static final String ENTERPRISE = Demo.NIUTANG_CHEMICALS;
    private static final String OFFICER = Demo.TOWN_NIUTANG;

    /** Static: JUnit makes an instance per test, the server keeps the changed password for all of them. */
    private static boolean passwordChanged;

    @Override
    protected String baseUrl() {
        return IsolatedServer.baseUrl();
    }

    private OfficerMajorHazardPage asOfficer(String hazard) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        return OfficerMajorHazardPage.open(driver, baseUrl(), hazard);
    }

    private HazardPage asEnterprise(String hazard) {
        loginAsEnterprise();
        driver.get(baseUrl() + "/enterprise/hazard.xhtml?id=" + hazard);
        return new HazardPage(driver).awaitShown();
    }

    private void loginAsEnterprise() {
        driver.manage().deleteAllCookies();
        if (passwordChanged) {
            LoginPage.open(driver, baseUrl()).loginAs(ENTERPRISE, Demo.NEW_PASSWORD);
        } else {
            LoginPage.open(driver, baseUrl()).loginAs(ENTERPRISE, Demo.INITIAL_PASSWORD);
            new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
            passwordChanged = true;
        }
        new EnterpriseHomePage(driver).awaitShown();
    }

    @Test
    void aMajorHazardIsSupervisedExtendedRectifiedAndClosedWithEveryStepInItsTrail() throws Exception {
        String hazard = new Boundary(IsolatedServer.baseUrl()).ok(ENTERPRISE, "hazard.reportMajor");

        OfficerMajorHazardPage officer = asOfficer(hazard);
        assertEquals("已上报", officer.status());
        officer.returnReport("请补充储罐区现场情况");
        assertEquals("退回补充", officer.status());
        assertFalse(officer.isShown("supervisePanel"), "a returned report waits for the enterprise");

        HazardPage page = asEnterprise(hazard);
        String original = page.description();
        assertEquals("退回补充", page.status());
        assertEquals("请补充储罐区现场情况", page.returnedReason());
        assertFalse(page.isShown("stepPanel"), "no rectification before 挂牌督办");
        page.supplement("储罐区已设置围堰，现场照片另附");
        assertEquals("已上报", page.status());
        assertEquals(original, page.description(), "the report itself is never changed");
        assertEquals(1, page.supplements().size());
        assertTrue(page.supplements().get(0).endsWith("储罐区已设置围堰，现场照片另附"), page.supplements().toString());
        assertFalse(page.isShown("supplementPanel"));

        officer = asOfficer(hazard);
        assertEquals(page.supplements(), officer.supplements(), "the officer reads the addition");
        String number = officer.value("documentNumber");
        assertTrue(number.matches("武安督〔\\d{4}〕\\d+号"), "a number is suggested: " + number);
        officer.supervise();
        assertEquals("已挂牌督办", officer.status());
        assertTrue(officer.messages().contains("已挂牌督办"), officer.messages());
        String deadline = officer.deadline();

        page = asEnterprise(hazard);
        assertEquals("已挂牌督办", page.status());
        assertEquals(number, page.supervisionNumber(), "the 督办通知书 is linked");
        page.confirmMeasures("workersWithdrawn", "warningSigns");
        assertTrue(page.messages().contains("第十五条措施已确认"), page.messages());
        assertTrue(page.isMeasureTicked("warningSigns") && !page.isMeasureTicked("suspended"));
        String extended = LocalDate.parse(deadline).plusDays(15).toString();
        page.askExtension(extended, "关键设备到货延迟");
        assertTrue(page.messages().contains("延期申请已提交"), page.messages());
        assertTrue(page.pendingExtension().startsWith(extended), page.pendingExtension());
        assertFalse(page.isShown("extensionPanel"), "one request at a time");

        officer = asOfficer(hazard);
        officer.decideExtension(true, "同意");
        assertEquals(extended, officer.deadline(), "the deadline moves to the date asked for");

        page = asEnterprise(hazard);
        page.fillStep("更换储罐安全阀并校验", "36000", true);
        page.saveStep();
        assertEquals("整改中", page.status());
        page.uploadAttachment(TestFiles.htmlDressedAsPdf("验收报告-伪.pdf"));
        assertTrue(page.messages().contains("附件只能是"), "judged by its bytes, not its name: " + page.messages());
        assertEquals(List.of(), page.attachmentNames());
        Path report = TestFiles.pdf("安全阀检测报告.pdf", "Safety valve test report: passed");
        page.uploadAttachment(report);
        assertEquals(List.of("安全阀检测报告.pdf"), page.attachmentNames(), page.messages());
        page.askAcceptance("治理完成，安全阀校验合格");
        assertEquals("申请验收", page.status());
        assertFalse(page.isShown("stepPanel"), "no step while the authority reviews");

        officer = asOfficer(hazard);
        assertTrue(officer.reviewCountdown().startsWith("验收审查剩余 10 天"), officer.reviewCountdown());
        assertEquals("治理完成，安全阀校验合格", officer.evaluation());
        assertEquals(1, officer.steps().size());
        List<List<String>> attachments = officer.trailAttachments();
        assertEquals(1, attachments.size(), attachments.toString());
        assertTrue(attachments.get(0).get(0).endsWith("安全阀检测报告.pdf"), attachments.toString());
        String download = attachments.get(0).get(1).replaceFirst("^.*?(/hazard-attachment)", "$1");
        JsfClient inScope = new JsfClient(baseUrl());
        inScope.login(OFFICER, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<byte[]> file = inScope.getBytes(download);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertArrayEquals(Files.readAllBytes(report), file.body(), "the file as uploaded");
        JsfClient outsider = new JsfClient(baseUrl());
        outsider.login(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, outsider.getBytes(download).statusCode(), "another town's officer");
        officer.decideAcceptance(true, "同意销号");
        assertEquals("已销号", officer.status());
        List<String> trail = List.of("上报", "退回补充", "补充信息", "挂牌督办", "确认第十五条措施", "延期申请", "同意延期",
                "整改", "申请验收", "验收通过");
        assertEquals(trail, officer.trailActions());

        page = asEnterprise(hazard);
        assertEquals("已销号", page.status());
        assertEquals(trail, page.trailActions(), "the enterprise sees the same trail");
        assertFalse(page.isShown("measuresPanel"), "nothing more to confirm once closed");
    }

    @Test
    void anOfficersFindingIsMarkedForTheEnterpriseAndClosedOnlyByTheOfficersRecheck() throws Exception {
        String enterpriseId = new Boundary(IsolatedServer.baseUrl()).ok(OFFICER, "enterprise.find", "enterprise", ENTERPRISE);
        String location = "危化品仓库" + (System.nanoTime() % 100_000);
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        OfficerReportPage report = OfficerReportPage.open(driver, baseUrl(), enterpriseId)
                .fill(location, "仓库机械通风设施损坏", "危化品储存", "周立", LocalDate.now().plusDays(7).toString())
                .uploadPhoto(TestFiles.png("found-it.png", 160, 120, new Color(200, 60, 40)));
        assertEquals(1, report.photoCount(), report.messages());
        OfficerHazardPage found = report.save();
        assertTrue(found.messages().contains("隐患已代报"), found.messages());
        assertEquals("代报", found.source());
        assertEquals("待整改", found.status());
        assertFalse(found.isRecheckShown(), "nothing to recheck before the enterprise finished the work");
        String hazard = found.hazardId();

        loginAsEnterprise();
        OpenHazardsPage open = OpenHazardsPage.open(driver, baseUrl());
        assertEquals(List.of("待整改", "一般隐患", "代报"), open.statusKindSourceOf(location), "marked 代报 in the enterprise's list");
        HazardPage page = open.rectify(location);
        assertEquals(1, page.beforePhotoCount(), "the officer's photo is the before-photo");
        assertTrue(page.photosLoaded(), "the enterprise sees the officer's photo");
        page.fillStep("修复通风机并恢复供电", "1200", true);
        page.saveStep();
        assertEquals("待验收", page.status());
        assertFalse(page.isAcceptanceFormShown(), "the enterprise cannot close what an officer found");
        assertTrue(page.isShown("recheckHint"));

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        assertTrue(Integer.parseInt(new OfficerHomePage(driver).awaitShown().awaitingRecheck()) >= 1, "flagged on the home page");
        OfficerHazardPage officer = OfficerHazardPage.open(driver, baseUrl(), hazard);
        assertEquals(1, officer.steps().size());
        officer.recheck(false, "现场复查", "通风机未接入应急电源");
        assertEquals("整改中", officer.status());
        assertTrue(officer.messages().contains("复查不通过"), officer.messages());

        page = asEnterprise(hazard);
        page.fillStep("通风机接入应急电源", "300", true);
        page.saveStep();
        assertEquals("待验收", page.status());

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(OFFICER, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        officer = OfficerHazardPage.open(driver, baseUrl(), hazard);
        officer.recheck(true, "通风恢复正常，同意销号", "");
        assertEquals("已销号", officer.status());
        List<String> trail = List.of("代报", "整改", "复查不通过", "整改", "复查通过");
        assertEquals(trail, officer.trailActions());

        page = asEnterprise(hazard);
        assertEquals("已销号", page.status());
        assertEquals(trail, page.trailActions(), "the enterprise sees the same trail");
        assertFalse(OpenHazardsPage.open(driver, baseUrl()).locations().contains(location), "gone from 未整改隐患");
    }

    @Test
    void aRefusedExtensionKeepsTheDeadlineAndAFailedAcceptanceSendsTheWorkBack() {
        Boundary boundary = new Boundary(IsolatedServer.baseUrl());
        String hazard = boundary.ok(ENTERPRISE, "hazard.reportMajor");
        String number = "武安督〔2026〕" + (System.nanoTime() % 100_000 + 100_000) + "号";
        LocalDate deadline = LocalDate.now().plusDays(30);
        boundary.ok(OFFICER, "major.supervise", "id", hazard, "version", boundary.ok(ENTERPRISE, "rectification.general", "id", hazard),
                "level", "TOWN", "deadline", deadline, "number", number);

        HazardPage page = asEnterprise(hazard);
        page.askExtension(deadline.plusDays(20).toString(), "设备供应商延期交货");
        assertFalse(page.isShown("extensionPanel"), "one request at a time");

        OfficerMajorHazardPage officer = asOfficer(hazard);
        officer.decideExtension(false, "未说明供货计划，不同意");
        assertTrue(officer.messages().contains("延期申请已审批"), officer.messages());
        assertEquals(deadline.toString(), officer.deadline(), "a refused extension leaves the deadline");

        page = asEnterprise(hazard);
        assertTrue(page.isShown("extensionPanel"), "the enterprise may ask again before the deadline");
        page.fillStep("安装可燃气体报警器", "8000", true);
        page.saveStep();
        page.askAcceptance("报警器已安装并联动");
        assertEquals("申请验收", page.status());

        officer = asOfficer(hazard);
        officer.decideAcceptance(false, "报警器未接入值班室");
        assertEquals("整改中", officer.status(), "a failed 验收 sends the major hazard back to 治理中");
        assertEquals(List.of("上报", "挂牌督办", "延期申请", "不同意延期", "整改", "申请验收", "验收不通过"), officer.trailActions());

        page = asEnterprise(hazard);
        assertEquals("整改中", page.status());
        assertTrue(page.isShown("stepPanel"), "the work goes on");
        assertTrue(page.isShown("acceptanceRequestPanel"));
        assertFalse(page.isWorkFinishedShown(), "申请验收 again needs a new finished step");
        page.fillStep("报警器接入值班室", "500", true);
        page.saveStep();
        assertTrue(page.isWorkFinishedShown());
    }

    @Test
    void theSupervisionNoticeIsAPdfForTheOfficersInScopeAndTheEnterpriseOnly() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assumeTrue(Files.isReadable(font), "PDF test needs fonts-wqy-microhei (installed by .ci/run)");
        Boundary boundary = new Boundary(IsolatedServer.baseUrl());
        String hazard = boundary.ok(ENTERPRISE, "hazard.reportMajor");
        String number = "武安督〔2026〕" + (System.nanoTime() % 100_000) + "号";
        LocalDate deadline = LocalDate.now().plusDays(40);
        boundary.ok(Demo.DISTRICT, "major.supervise", "id", hazard, "version",
                boundary.ok(ENTERPRISE, "rectification.general", "id", hazard), "level", "DISTRICT",
                "deadline", deadline, "number", number);

        JsfClient officer = new JsfClient(baseUrl());
        officer.login(OFFICER, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<byte[]> pdf = officer.getBytes("/supervision-notice?id=" + hazard);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        assertTrue(text.contains("重大事故隐患挂牌督办通知书"), text);
        assertTrue(text.contains(number), "the document number: " + text);
        assertTrue(text.contains(ENTERPRISE), "addressed to the enterprise: " + text);
        assertTrue(text.contains(deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日"),
                "the deadline: " + text);
        assertTrue(text.contains("第十五条"), "what the enterprise must do meanwhile: " + text);

        JsfClient outsider = new JsfClient(baseUrl());
        outsider.login(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, outsider.getBytes("/supervision-notice?id=" + hazard).statusCode(), "another town's officer");
        assertEquals(404, outsider.getBytes("/supervision-notice?id=abc").statusCode());
    }
}
