package cn.gov.wujin.selfcheck.statistics;

import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Browser;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计分析 in a browser, on the seeded town of {@link StatisticsIT} (its numbers are stated there): the
 * district officer opens March 2026 by town, finds the town's row with its numbers, the chart drawn with
 * them, follows 未上报 to the two enterprises behind it, and exports the table; the town's own officer
 * sees its town alone.
 */
class StatisticsPageIT extends BrowserTest {

    @Test
    void theDistrictReadsATownsFiguresFollowsANumberAndExportsTheTable() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String[] seed = new Boundary(baseUrl()).ok(Demo.ADMIN, "stats.seed", "tag", tag, "password", Demo.OFFICER_PASSWORD).split(" ");
        String town = "统计测试" + tag + "镇";

        LoginPage.open(driver, baseUrl()).loginAs(Demo.DISTRICT, Demo.OFFICER_PASSWORD);
        Gui.shown(driver, By.id("mainMenu"));
        driver.get(baseUrl() + "/officer/statistics.xhtml");
        showMonth("2026-03");
        WebElement row = townRow(town);
        assertEquals("5", figure(row, "DUE"));
        assertEquals("3", figure(row, "SUBMITTED"));
        assertEquals("2", figure(row, "NOT_REPORTED"));
        assertEquals("60.0%", row.findElement(By.className("rate-participation")).getText().strip());
        assertEquals("2", figure(row, "OVERDUE"));
        assertEquals("1200.50", row.findElement(By.className("funds")).getText().strip());

        if (Browser.isChromium()) {
            // The chart is drawn from the same figures: the town is a label, its 上报率 the bar's value.
            Object bar = ((JavascriptExecutor) driver).executeScript("""
                    var chart = Chart.getChart(document.querySelector('[id="statistics:groupChart"] canvas'));
                    var i = chart.data.labels.indexOf(arguments[0]);
                    return i < 0 ? null : String(chart.data.datasets[0].data[i]);""", town);
            assertEquals("60", bar, "the bar of the town (a number: 60.0 reads 60)");
        } else {
            System.out.println("*** StatisticsPageIT: the chart is checked only in Chromium (HtmlUnit draws no canvas) ***");
        }

        // 未上报 of the town: the list behind the number.
        Gui.click(driver, row.findElement(By.cssSelector("a.figure-NOT_REPORTED")));
        Gui.until(driver, d -> d.getCurrentUrl().contains("statistics-list.xhtml"));
        assertEquals("2", Gui.shown(driver, By.id("total")).getText().strip());
        assertEquals(List.of("统计测试" + tag + "丁公司", "统计测试" + tag + "戊公司"),
                Gui.texts(driver.findElements(By.cssSelector("a.item-enterprise"))).stream().sorted().toList());

        // 一键催报 (confirmed): the two are reminded; a second click the same day reminds none.
        for (String expected : List.of("已向 2 家单位", "已向 0 家单位")) {
            Gui.click(driver, By.id("list:urge"));
            Gui.click(driver, Gui.shown(driver, By.id("confirmYes")));
            Gui.until(driver, d -> d.findElement(By.id("list:messages")).getText().contains(expected));
        }

        // The export, read back: the town's row with its numbers.
        JsfClient client = new JsfClient(baseUrl());
        assertEquals(302, client.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        HttpResponse<byte[]> export = client.getBytes("/statistics-export?period=2026-03&grouping=TOWN");
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("应报单位", sheet.getRow(0).getCell(1).getStringCellValue());
            Row line = null;
            for (Row r : sheet) {
                if (town.equals(r.getCell(0).getStringCellValue())) {
                    line = r;
                }
            }
            assertTrue(line != null, "the town's row in the export");
            assertEquals(5, (int) line.getCell(1).getNumericCellValue());
            assertEquals(2, (int) line.getCell(6).getNumericCellValue(), "未上报");
            assertEquals("合计", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
        }

        // The town's own officer: no 属地 grouping, and its total is its town's.
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(seed[1], Demo.OFFICER_PASSWORD);
        Gui.shown(driver, By.id("mainMenu"));
        driver.get(baseUrl() + "/officer/statistics.xhtml");
        List<String> groupings = Gui.texts(driver.findElements(By.cssSelector("[id='statistics:grouping'] option")));
        assertFalse(groupings.contains("按属地"), groupings.toString());
        showMonth("2026-03");
        WebElement total = townRow("合计");
        assertEquals("5", figure(total, "DUE"));
        assertEquals("4", figure(total, "GENERAL_FOUND"));
    }

    private void showMonth(String month) {
        Gui.type(driver, By.id("statistics:month"), month);
        WebElement before = driver.findElement(By.id("statistics:table"));
        Gui.clickReplacing(driver, driver.findElement(By.id("statistics:show")), before);
        Gui.until(driver, d -> month.equals(d.findElement(By.id("statistics:periodKey")).getText().strip()));
    }

    private WebElement townRow(String label) {
        return Gui.until(driver, d -> d.findElements(By.cssSelector("tr.statistics-row")).stream()
                .filter(r -> r.findElement(By.className("group-label")).getText().contains(label)).findFirst().orElse(null));
    }

    private static String figure(WebElement row, String measure) {
        return row.findElement(By.cssSelector("a.figure-" + measure)).getText().strip();
    }

}
