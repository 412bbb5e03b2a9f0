package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.HazardPage;
import cn.gov.wujin.selfcheck.pages.LedgerPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OpenHazardsPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 未整改隐患 → 整改 (manual §4.4): a general hazard of a submitted record is rectified in two steps, the
 * second with a photo after the work, a refused acceptance keeps what was typed, the passed one closes
 * the hazard and it leaves the list; the 台帐 keeps it with its funds, opinion and result, filtered and
 * exported to Excel and PDF (read back), another enterprise's ledger refused. The record with its hazard (and a photo before the work) is
 * arranged through the boundary; the round of 新建自查 that makes one is InspectionIT's.
 */
@ExtendWith(IsolatedServer.class)
class RectificationIT extends BrowserTest {

    private static final String ENTERPRISE = Demo.HUTANG_TEXTILE;
    private static final String LOCATION = "边界测试部位";

    @Override
    protected String baseUrl() {
        return IsolatedServer.baseUrl();
    }

    @Test
    void aGeneralHazardIsRectifiedInStepsThenAcceptedAndLeavesTheList() throws IOException {
        Boundary boundary = new Boundary(IsolatedServer.baseUrl());
        String record = boundary.ok(ENTERPRISE, "inspection.save", "photo", true);
        boundary.ok(ENTERPRISE, "inspection.submit", "id", record);

        LoginPage.open(driver, baseUrl()).loginAs(ENTERPRISE, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();

        OpenHazardsPage list = OpenHazardsPage.open(driver, baseUrl());
        assertEquals(List.of(LOCATION), list.locations());
        assertEquals(List.of("待整改", "一般隐患", "自查"), list.statusKindSourceOf(LOCATION));

        HazardPage hazard = list.rectify(LOCATION);
        assertEquals("待整改", hazard.status());
        assertEquals(1, hazard.beforePhotoCount(), "the photo of the report is shown beside the steps");
        assertFalse(hazard.isAcceptanceFormShown(), "no acceptance before the work is finished");

        hazard.fillStep("", "abc", false);
        hazard.saveStep();
        assertTrue(hazard.messageFor("measures").startsWith("整改措施：必填项"), hazard.messageFor("measures"));
        assertTrue(hazard.messageFor("funds").startsWith("资金使用情况(元)："), hazard.messageFor("funds"));
        assertEquals("abc", hazard.valueOf("funds"), "the refused input is kept");

        hazard.fillStep("临时更换过期灭火器", "120.50", false);
        hazard.saveStep();
        assertTrue(hazard.messages().contains("整改信息已保存"), hazard.messages());
        assertEquals("整改中", hazard.status());
        assertEquals(1, hazard.steps().size());
        assertTrue(hazard.steps().get(0).contains("临时更换过期灭火器") && hazard.steps().get(0).contains("120.50"),
                hazard.steps().toString());

        hazard.fillStep("全部灭火器更换并建立月检台账", "880", true);
        hazard.uploadStepPhoto(TestFiles.png("rectified-it.png", 160, 120, new Color(40, 160, 60)));
        assertEquals(1, hazard.pendingPhotoCount());
        hazard.saveStep();
        assertEquals("待验收", hazard.status());
        assertEquals(2, hazard.steps().size(), "every step is kept");
        assertTrue(hazard.steps().get(1).contains("已完成"), hazard.steps().toString());
        assertEquals(1, hazard.stepPhotoCount());
        assertTrue(hazard.photosLoaded(), "the photos before and after the work load");
        assertFalse(hazard.isStepFormShown(), "no further step once the work is finished");

        hazard.fillAcceptance("整改措施落实到位", "", true, "");
        hazard.saveAcceptance();
        assertTrue(hazard.messageFor("acceptor").startsWith("验收人：必填项"), hazard.messageFor("acceptor"));
        assertEquals("整改措施落实到位", hazard.valueOf("opinion"), "the refused input is kept");
        assertEquals("待验收", hazard.status());

        hazard.fillAcceptance("整改措施落实到位", "周安全", true, "");
        hazard.saveAcceptance();
        assertTrue(hazard.messages().contains("验收通过，隐患已销号"), hazard.messages());
        assertEquals("已销号", hazard.status());
        assertEquals(1, hazard.acceptances().size());
        assertTrue(hazard.acceptances().get(0).contains("通过") && hazard.acceptances().get(0).contains("周安全"),
                hazard.acceptances().toString());
        assertFalse(hazard.isAcceptanceFormShown());

        assertEquals(List.of(), hazard.backToList().locations(), "a closed hazard is no longer 未整改");

        // 台帐: the closed hazard stays there with its funds, opinion and result, and both exports hold it.
        LedgerPage ledger = LedgerPage.open(driver, baseUrl(), "/enterprise/ledger.xhtml");
        List<String> row = ledger.rows().stream().filter(r -> r.contains(LOCATION)).findFirst().orElseThrow();
        assertTrue(row.containsAll(List.of("1,000.50", "整改措施落实到位", "通过", "一般隐患", "已销号", "自查")), row.toString());
        ledger.filterStatus("OPEN");
        assertTrue(ledger.rows().stream().noneMatch(r -> r.contains(LOCATION)), "the status filter applies");
        assertTrue(ledger.exportHref("xlsx").contains("status=OPEN"), "the export takes the page's filters");

        JsfClient client = new JsfClient(baseUrl());
        client.login(ENTERPRISE, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<byte[]> xlsx = client.getBytes("/ledger-export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith(ENTERPRISE + "事故隐患排查治理台帐"),
                    "the title names the enterprise");
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 1 && LOCATION.equals(r.getCell(2).getStringCellValue())) {
                    found = r;
                }
            }
            assertTrue(found != null, "the hazard is a row of the Excel ledger");
            assertEquals(CellType.STRING, found.getCell(7).getCellType(), "cells stay text");
            assertEquals("1000.50", found.getCell(7).getStringCellValue());
            assertEquals("已销号", found.getCell(11).getStringCellValue());
        }
        if (Files.isReadable(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            HttpResponse<byte[]> pdf = client.getBytes("/ledger-export?format=pdf");
            assertEquals(200, pdf.statusCode());
            String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("\\s+", "");
            assertTrue(text.contains("事故隐患排查治理台帐") && text.contains(LOCATION) && text.contains("整改措施落实到位"), text);
        }

        // Another enterprise's ledger is refused, to an enterprise and to an officer out of scope.
        String own = new Boundary(IsolatedServer.baseUrl()).ok(ENTERPRISE, "enterprise.find", "enterprise", ENTERPRISE);
        String other = new Boundary(IsolatedServer.baseUrl()).ok(Demo.NIUTANG_LIGHT, "enterprise.find", "enterprise", Demo.NIUTANG_LIGHT);
        assertEquals(403, client.getBytes("/ledger-export?format=xlsx&enterprise=" + other).statusCode());
        JsfClient outsider = new JsfClient(baseUrl());
        outsider.login(Demo.TOWN_NIUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, outsider.getBytes("/ledger-export?format=xlsx&enterprise=" + own).statusCode());
        assertEquals(403, outsider.get("/officer/ledger.xhtml?enterprise=" + own).statusCode());
        JsfClient town = new JsfClient(baseUrl());
        town.login(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<String> townLedger = town.get("/officer/ledger.xhtml?enterprise=" + own);
        assertEquals(200, townLedger.statusCode());
        assertTrue(townLedger.body().contains(LOCATION), "the town officer reads the ledger of an enterprise in scope");
    }
}
