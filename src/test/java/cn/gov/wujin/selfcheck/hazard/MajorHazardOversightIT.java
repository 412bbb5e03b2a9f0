package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InspectionFormPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.MajorHazardPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.OfficerMajorHazardsPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A major hazard reported from the 新建自查 dialog reaches the officers whose scope covers the enterprise
 * at once, although the inspection is never saved; officers outside the scope and enterprises are refused.
 * The enterprise is 恒达纺织 (湖塘镇, 工业和信息化局, 工贸): in scope of hutang and district, outside
 * niutang's town and yjgl's department. No other test logs it in (LoginIT only tries a wrong captcha).
 */
class MajorHazardOversightIT extends BrowserTest {

    private static final String STAMP = String.valueOf(System.currentTimeMillis());
    private static final String DEADLINE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
    /** The 工贸 item reported: the 6th card of 基础管理 (B01 has 4 items, this is B02's 2nd) and its 判定标准 situation. */
    private static final int ITEM_CARD = 5;
    private static final String ITEM = "负责人及安全管理人员能力";
    private static final String SITUATION = "第三条（三）金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的";
    private static final Pattern OPEN_COUNT = Pattern.compile("未销号的重大隐患：(\\d+) 项");

    /** The report as typed into the dialog, by the id of its field there; every text unique to this run. */
    private static Map<String, String> report() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("location", "定型机车间-" + STAMP);
        fields.put("currentState", "导热油炉超温联锁被短接，原因是检修后未恢复-" + STAMP);
        fields.put("harmAnalysis", "超温时无法自动停炉，第<i>3</i>级火险；整改较易-" + STAMP);
        fields.put("planGoal", "恢复超温联锁并定期测试-" + STAMP);
        fields.put("planMeasures", "拆除短接线，校验温控仪表-" + STAMP);
        fields.put("planFunding", "经费五千元，备件已到-" + STAMP);
        fields.put("planOrganization", "动力科负责，安全科验证-" + STAMP);
        fields.put("planTimeline", "十个工作日内完成-" + STAMP);
        fields.put("planSafety", "停用定型机，现场配备灭火器材-" + STAMP);
        fields.put("interim", "整改期间导热油炉停用-" + STAMP);
        fields.put("responsible", "钱科长" + STAMP.substring(STAMP.length() - 4));
        return fields;
    }

    @Test
    void officersInScopeSeeAMajorHazardReportedFromAnUnsavedInspection() {
        Map<String, String> report = report();
        String location = report.get("location");
        long openBefore = openMajorCount(officer(Demo.TOWN_HUTANG));

        // The enterprise reports a major hazard through the dialog and leaves the inspection unsaved.
        LoginPage.open(driver, baseUrl()).loginAs(Demo.HUTANG_TEXTILE, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
        InspectionFormPage form = InspectionsPage.open(driver, baseUrl()).startNew();
        assertEquals(ITEM, form.contentOf(ITEM_CARD));
        form.openMajorAndConfirmWarning(ITEM_CARD, warning -> warning.contains("重大隐患上报后不能修改删除"));
        assertEquals(Optional.of(SITUATION), form.majorSituation(), "the situation the item maps to is chosen in advance");
        form.fillMajor(report, DEADLINE);
        form.tickSuspension();
        assertTrue(form.submitMajor(), "a complete report closes the dialog");
        assertEquals("重大隐患", form.resultOf(ITEM_CARD));
        InspectionsPage inspections = InspectionsPage.open(driver, baseUrl());
        assertEquals(List.of(), inspections.draftInspectors(), "no inspection was saved");
        assertEquals(List.of(), inspections.historyInspectors(), "no inspection was submitted");

        // Enterprises have their own page; the officers' list and report are refused to them.
        driver.get(baseUrl() + "/officer/major-hazards.xhtml");
        Gui.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        JsfClient enterprise = new JsfClient(baseUrl());
        enterprise.loginEnterprise(Demo.HUTANG_TEXTILE, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, enterprise.get("/officer/major-hazards.xhtml").statusCode());

        // The town officer in scope: the home page counts it, the list shows it, 查看 shows all of it.
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD);
        OfficerHomePage officerHome = new OfficerHomePage(driver).awaitShown();
        assertEquals(openBefore + 1, openMajorCount(officerHome.majorSummary()));
        OfficerMajorHazardsPage list = officerHome.openMajorHazards();
        assertTrue(driver.getCurrentUrl().contains("open=true"), driver.getCurrentUrl());
        assertTrue(list.locations().contains(location), list.locations().toString());
        assertFalse(list.hasTownFilter(), "a town officer's scope is one town already");

        list = OfficerMajorHazardsPage.open(driver, baseUrl());
        List<String> row = list.rowOf(location);
        assertEquals(Demo.HUTANG_TEXTILE, row.get(1));
        assertEquals("湖塘镇", row.get(2));
        assertTrue(report.get("currentState").startsWith(row.get(4).replace("…", "")), row.get(4));
        assertEquals(DEADLINE, row.get(5));
        assertEquals("已上报", row.get(6));

        list.filterByEnterprise("恒达纺织");
        assertTrue(list.locations().contains(location), list.locations().toString());
        list.filterByEnterprise("%");
        assertEquals(List.of(), list.locations(), "a % in the keyword is a character, not a wildcard");
        list.filterByEnterprise("牛塘");
        assertFalse(list.locations().contains(location));
        list.filterByEnterprise("");

        MajorHazardPage shown = list.view(location);
        report.forEach((field, text) -> {
            String id = switch (field) {
                case "interim" -> "interimMeasures";
                default -> field;
            };
            assertEquals(text, shown.field(id), field);
        });
        assertEquals("是", shown.field("needsSuspension"));
        assertEquals(SITUATION, shown.field("majorSituation"));
        assertEquals(DEADLINE, shown.field("deadline"));
        assertEquals(ITEM, shown.field("itemContent"));
        assertEquals(Demo.HUTANG_TEXTILE, shown.field("enterprise"));
        assertEquals(Demo.HUTANG_TEXTILE, shown.field("reportedBy"));
        assertEquals("湖塘镇", shown.field("town"));
        assertEquals("已上报", shown.field("status"));
        String hazardId = shown.hazardId();
        String reportDay = shown.field("reportedAt").substring(0, 10);
        assertEquals(403, enterprise.get("/officer/major-hazard.xhtml?id=" + hazardId).statusCode());

        // The district office sees it too, and its filters narrow the list.
        JsfClient district = officer(Demo.DISTRICT);
        assertTrue(district.get("/officer/major-hazards.xhtml").body().contains(location));
        HttpResponse<String> full = district.get("/officer/major-hazard.xhtml?id=" + hazardId);
        assertEquals(200, full.statusCode());
        for (String text : report.values()) {
            if (!text.contains("<")) {
                assertTrue(full.body().contains(text), text);
            }
        }
        assertTrue(full.body().contains("第&lt;i&gt;3&lt;/i&gt;级火险；整改较易-" + STAMP), "the report's texts are escaped");
        assertFalse(full.body().contains("<i>3</i>"));

        String page = district.get("/officer/major-hazards.xhtml").body();
        String hutang = townOption(page, "湖塘镇");
        String niutang = townOption(page, "牛塘镇");
        assertTrue(search(district, Map.of("hazards:town", hutang)).contains(location));
        assertFalse(search(district, Map.of("hazards:town", niutang)).contains(location));
        assertTrue(search(district, Map.of("hazards:status", "REPORTED")).contains(location));
        assertFalse(search(district, Map.of("hazards:status", "CLOSED")).contains(location));
        assertTrue(search(district, Map.of("hazards:from_input", reportDay, "hazards:to_input", reportDay)).contains(location));
        String dayAfter = LocalDate.parse(reportDay).plusDays(1).toString();
        String dayBefore = LocalDate.parse(reportDay).minusDays(1).toString();
        assertFalse(search(district, Map.of("hazards:from_input", dayAfter)).contains(location));
        assertFalse(search(district, Map.of("hazards:to_input", dayBefore)).contains(location));
        assertTrue(search(district, Map.of("hazards:enterpriseName", "恒达")).contains(location));
        assertFalse(search(district, Map.of("hazards:enterpriseName", "牛塘")).contains(location));

        // Outside the scope: another town's officer and another department's officer neither list nor open it.
        for (String outsider : List.of(Demo.TOWN_NIUTANG, Demo.INDUSTRY_YJGL)) {
            JsfClient officer = officer(outsider);
            HttpResponse<String> outsiderList = officer.get("/officer/major-hazards.xhtml");
            assertEquals(200, outsiderList.statusCode());
            assertFalse(outsiderList.body().contains(location), outsider + " must not see it");
            assertFalse(search(officer, Map.of("hazards:enterpriseName", "恒达")).contains(location));
            HttpResponse<String> refused = officer.get("/officer/major-hazard.xhtml?id=" + hazardId);
            assertEquals(403, refused.statusCode(), outsider);
            assertFalse(refused.body().contains(location), "nothing of the report leaks into the refusal");
        }
        assertEquals(403, officer(Demo.TOWN_NIUTANG).get("/officer/major-hazard.xhtml?id=not-a-number").statusCode());
    }

    private static JsfClient officer(String login) {
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, client.login(login, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        return client;
    }

    private static long openMajorCount(JsfClient officer) {
        return openMajorCount(officer.get("/officer/home.xhtml").body());
    }

    private static long openMajorCount(String text) {
        Matcher matcher = OPEN_COUNT.matcher(text);
        assertTrue(matcher.find(), "no count of open major hazards in: " + text);
        return Long.parseLong(matcher.group(1));
    }

    private static String townOption(String page, String town) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(town) + "</option>").matcher(page);
        assertTrue(matcher.find(), "no town option " + town);
        return matcher.group(1);
    }

    /** 查询 with these filters (the others empty), posted as the page's form; returns the page with the table. */
    private static String search(JsfClient client, Map<String, String> filters) {
        HttpResponse<String> page = client.get("/officer/major-hazards.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hazards:enterpriseName", "");
        form.put("hazards:status", "");
        form.put("hazards:from_input", "");
        form.put("hazards:to_input", "");
        if (page.body().contains("name=\"hazards:town\"")) {
            form.put("hazards:town", "");
        }
        form.putAll(filters);
        form.put("hazards:search", "");
        HttpResponse<String> result = client.postForm("/officer/major-hazards.xhtml", page.body(), "hazards", form);
        assertEquals(200, result.statusCode(), result.body());
        assertTrue(result.body().contains("id=\"hazards:table\""), "the list is shown again");
        return result.body();
    }
}
