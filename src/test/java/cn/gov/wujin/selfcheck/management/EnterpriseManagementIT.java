package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Browser;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 单位管理 in a browser, on a server of its own in the generated-password mode
 * ({@code selfcheck.account.initial-password=generated}): the 湖塘 town officer imports a GBK file
 * with good and bad rows, follows the progress to the counts, downloads the rejected rows, corrects
 * and imports them again, prints the 账号开通通知单 and an enterprise logs in with the one-time
 * password from it and must change it; then the officer registers an enterprise by hand, disables it
 * (its open session ends), enables it and resets its password.
 */
class EnterpriseManagementIT {

    private static final Charset GBK = Charset.forName("GBK");
    private static PayaraServer.Instance server;

    private WebDriver driver;
    private WebDriver second;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            Browser.screenshot(driver, "EnterpriseManagementIT-" + context.getDisplayName());
        }
    };

    @BeforeAll
    static void start() {
        server = PayaraServer.launch("management", List.of("selfcheck.account.initial-password=generated"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver d : new WebDriver[]{driver, second}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void aTownOfficerImportsCorrectsTheRejectsAndTheEnterpriseLogsInWithItsOneTimePassword() throws IOException {
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String good1 = "浏览器导入" + run + "甲有限公司";
        String good2 = "浏览器导入" + run + "乙有限公司";
        String bad1 = "浏览器导入" + run + "丙有限公司";
        String bad2 = "浏览器导入" + run + "丁有限公司";
        String badCode = ImportFiles.withWrongCheck(ImportFiles.creditCode());
        List<List<String>> rows = List.of(
                ImportFiles.row(good1, ImportFiles.creditCode(), "湖塘镇", "工贸企业/机械"),
                ImportFiles.row(bad1, badCode, "湖塘镇", "机械"),
                ImportFiles.row(good2, ImportFiles.creditCode(), "湖塘", "纺织"),
                ImportFiles.row(bad2, ImportFiles.creditCode(), "牛塘镇", "机械"));
        Path file = Files.write(Path.of(System.getProperty("selfcheck.test.work", "target")).resolve("import-" + run + ".csv"),
                ImportFiles.csv(rows, GBK));

        driver = Browser.open();
        LoginPage.open(driver, server.baseUrl()).loginAs(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD);
        Gui.shown(driver, By.id("scopePanel"));
        driver.get(server.baseUrl() + "/officer/import.xhtml");
        importFile(file);
        assertEquals("2", text("createdCount"));
        assertEquals("2", text("rejectedCount"));
        assertTrue(text("currentStatus").contains("已完成"));

        // The rejected rows: downloaded (as the officer) and read back, corrected, imported again.
        JsfClient officer = new JsfClient(server.baseUrl());
        assertEquals(302, officer.login(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        HttpResponse<byte[]> rejects = officer.getBytes(relative(driver.findElement(By.id("progress:rejectsLink")).getDomAttribute("href")));
        assertEquals(200, rejects.statusCode());
        List<List<String>> corrected = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejects.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("原行号", sheet.getRow(0).getCell(8).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "two rejected rows");
            Row first = sheet.getRow(1);
            assertEquals(bad1, first.getCell(0).getStringCellValue());
            assertEquals(3.0, first.getCell(8).getNumericCellValue(), "its row in the file");
            assertEquals("统一社会信用代码", first.getCell(9).getStringCellValue());
            assertTrue(first.getCell(10).getStringCellValue().contains("校验位不正确"));
            Row second = sheet.getRow(2);
            assertEquals(bad2, second.getCell(0).getStringCellValue());
            assertTrue(second.getCell(10).getStringCellValue().contains("不在您的管辖范围"));
            for (int r = 1; r <= 2; r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(sheet.getRow(r).getCell(c).getStringCellValue());
                }
                corrected.add(cells);
            }
        }
        corrected.set(0, ImportFiles.row(bad1, ImportFiles.creditCode(), "湖塘镇", "机械"));
        corrected.set(1, ImportFiles.row(bad2, ImportFiles.creditCode(), "湖塘镇", "机械"));
        importFile(Files.write(file.resolveSibling("corrected-" + run + ".csv"), ImportFiles.csv(corrected, GBK)));
        assertEquals("2", text("createdCount"));
        assertEquals("0", text("rejectedCount"));

        // The 账号开通通知单: one page per new account, read back; the enterprise logs in with its one-time password.
        HttpResponse<byte[]> pdf = officer.getBytes(relative(driver.findElement(By.id("progress:noticesLink")).getDomAttribute("href")));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        assertEquals(2, reader.getNumberOfPages(), "one page per enterprise");
        String page = new PdfTextExtractor(reader).getTextFromPage(2);
        assertTrue(page.contains("账号开通通知单") && page.contains(bad2), page);
        Matcher password = Pattern.compile("初始密码\\s*([A-Za-z0-9]{10})").matcher(page);
        assertTrue(password.find(), page);

        second = Browser.open();
        LoginPage.open(second, server.baseUrl()).loginAs(bad2, password.group(1));
        PasswordPage change = new PasswordPage(second).awaitShown();
        assertTrue(change.isForced(), "the one-time password must be changed");
        change.change(password.group(1), Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(second).awaitShown();

        // The list: the four are there, the used account is in use, the others not activated.
        driver.get(server.baseUrl() + "/officer/enterprises.xhtml");
        Gui.type(driver, By.id("enterprises:keyword"), "浏览器导入" + run);
        WebElement table = driver.findElement(By.id("enterprises:table"));
        Gui.clickReplacing(driver, driver.findElement(By.id("enterprises:search")), table);
        List<String> states = Gui.until(driver, d -> {
            List<WebElement> names = d.findElements(By.cssSelector("#enterprises\\:table .enterprise-name"));
            return names.size() == 4 ? d.findElements(By.cssSelector("#enterprises\\:table .account-state")).stream()
                    .map(WebElement::getText).toList() : null;
        });
        assertEquals(1, states.stream().filter("已激活"::equals).count(), states.toString());
        assertEquals(3, states.stream().filter(s -> s.startsWith("未激活")).count(), states.toString());
    }

    @Test
    void anOfficerRegistersDisablesEnablesAndResetsAnEnterprise() {
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String name = "浏览器新增" + run + "有限公司";
        driver = Browser.open();
        LoginPage.open(driver, server.baseUrl()).loginAs(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD);
        Gui.shown(driver, By.id("scopePanel"));
        driver.get(server.baseUrl() + "/officer/enterprise-new.xhtml");
        Gui.type(driver, By.id("enterprise:name"), name);
        Gui.type(driver, By.id("enterprise:creditCode"), ImportFiles.withWrongCheck(ImportFiles.creditCode()));
        select("enterprise:departmentId", "应急管理局（安监）");
        select("enterprise:typeId", "工贸企业 / 机械");
        select("enterprise:supervisionLevelId", "一般");
        Gui.type(driver, By.id("enterprise:safetyHeadName"), "王安全");
        Gui.type(driver, By.id("enterprise:safetyHeadMobile"), "13900001111");
        Gui.click(driver, By.id("enterprise:save"));
        Gui.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("enterprise:messages"), "校验位不正确"));
        assertEquals(name, driver.findElement(By.id("enterprise:name")).getDomProperty("value"), "the entries stay");
        Gui.type(driver, By.id("enterprise:creditCode"), ImportFiles.creditCode());
        Gui.click(driver, By.id("enterprise:save"));
        String password = Gui.shown(driver, By.id("issuedPassword")).getText();
        assertEquals(10, password.length(), "a one-time password shown once: " + password);
        assertEquals(name, text("issuedUsername"));

        // The enterprise logs in (in a second browser) and changes its password.
        second = Browser.open();
        LoginPage.open(second, server.baseUrl()).loginAs(name, password);
        new PasswordPage(second).awaitShown().change(password, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(second).awaitShown();

        // 停用 with confirmation: the enterprise's open session ends at its next request.
        Gui.click(driver, By.id("enterprise:openEnterprise"));
        Gui.shown(driver, By.id("admin:disable"));
        assertEquals("已激活", text("accountState"));
        confirm("admin:disable");
        Gui.until(driver, ExpectedConditions.textToBe(By.id("enterpriseStatus"), "已停用"));
        assertEquals("已停用", text("accountState"));
        second.navigate().refresh();
        new LoginPage(second).awaitShown();
        assertTrue(second.getCurrentUrl().endsWith("/login.xhtml?ended=true"), second.getCurrentUrl());
        assertTrue(second.findElement(By.id("endedNotice")).getText().contains("请重新登录"));

        confirm("admin:enable");
        Gui.until(driver, ExpectedConditions.textToBe(By.id("enterpriseStatus"), "正常"));
        confirm("admin:resetPassword");
        String reset = Gui.shown(driver, By.id("issuedPassword")).getText();
        assertEquals(10, reset.length());
        assertEquals("未激活（未修改初始密码）", text("accountState"));
        LoginPage.open(second, server.baseUrl()).loginAs(name, reset);
        assertTrue(new PasswordPage(second).awaitShown().isForced(), "the reset password must be changed");
    }

    private void importFile(Path file) {
        driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        WebElement start = driver.findElement(By.id("upload:start"));
        Gui.clickReplacing(driver, start, start);
        // The bar follows the job until it has ended; then the counts are shown.
        Gui.shown(driver, By.id("progress:bar"));
        Gui.shown(driver, By.id("createdCount"));
    }

    private void confirm(String buttonId) {
        Gui.click(driver, By.id(buttonId));
        Gui.click(driver, By.id("confirmYes"));
        Gui.gone(driver, By.id("confirmYes"));
    }

    private void select(String id, String label) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(label);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    private static String relative(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }
}
