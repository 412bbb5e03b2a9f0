package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.pages.StandardPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** 打印自查标准 (manual §4.5): the standard of the enterprise's type, printable and as a PDF. */
class StandardIT extends BrowserTest {

    @Test
    void aTradeEnterpriseSeesTheWholeGongmaoStandardAndCanPrintIt() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.LUOYANG_LOGISTICS, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();

        StandardPage standard = StandardPage.open(driver, baseUrl());

        assertTrue(standard.title().startsWith("工贸企业事故隐患排查标准"), standard.title());
        assertEquals(List.of("基础管理", "现场管理"), standard.sectionTitles());
        List<String> contents = standard.contents();
        assertEquals(79, contents.size(), "every item of the 工贸 standard is listed");
        assertTrue(contents.contains("营业执照"));
        assertTrue(contents.contains("特种设备使用登记证"));
        assertTrue(standard.hasPrintButton());
        assertTrue(standard.pdfHref().endsWith("/enterprise/standard.pdf"));
    }

    @Test
    void thePdfOfTheStandardCarriesTheChineseItemTexts() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assumeTrue(Files.isReadable(font), "PDF test needs fonts-wqy-microhei (installed by .ci/run)");
        JsfClient client = new JsfClient(baseUrl());
        client.loginEnterprise(Demo.XIHU_SUPERMARKET, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);

        HttpResponse<byte[]> pdf = client.getBytes("/enterprise/standard.pdf");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int pageNo = 1; pageNo <= reader.getNumberOfPages(); pageNo++) {
            text.append(extractor.getTextFromPage(pageNo));
        }
        String all = text.toString().replaceAll("\\s+", "");
        assertTrue(all.contains("人员密集场所事故隐患排查标准"), "title in the text layer");
        assertTrue(all.contains("基础管理") && all.contains("现场管理"));
        assertTrue(all.contains("疏散通道、安全出口"), "an item text of the 人员密集场所 standard");
        assertFalse(all.contains("职业病危害项目申报"), "a 人员密集场所 enterprise gets its own standard, not the 工贸 one");
    }

    @Test
    void officersAreRefusedTheEnterprisePrintView() {
        JsfClient officer = new JsfClient(baseUrl());
        officer.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, officer.get("/enterprise/standard.xhtml").statusCode());
        assertEquals(403, officer.getBytes("/enterprise/standard.pdf").statusCode());
    }
}
