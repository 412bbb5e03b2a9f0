package cn.gov.wujin.selfcheck.statistics;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every figure of 统计分析 on a seeded town ({@code demo.StatisticsSeed}: seven enterprises, their records
 * and hazards of March 2026), on embedded Derby and on PostgreSQL. The expected numbers are worked out
 * here from the seed's description, not read from the application: 5 due (the disabled one and the one
 * registered in March are not), 4 saved, 3 submitted (2 by hand, 1 automatically, the latter dated 27
 * February and so March's), 3 records of which 1 without a hazard; hazards of 26 February to 25 March
 * not of a draft: 4 general (1 closed, 2 past their deadline) and 1 major (挂牌督办), 1,200.50 spent.
 */
@ExtendWith(PayaraServer.class)
class StatisticsIT {

    @Test
    void everyFigureOfASeededTownOnDerby() {
        assertSeededTown(new Boundary(PayaraServer.baseUrl()));
    }

    @Test
    void theSameFiguresOnPostgresql() throws Exception {
        String adminUrl = System.getProperty("selfcheck.test.postgres.url", "");
        assumeFalse(adminUrl.isBlank(), "no PostgreSQL given (mvn -Ppostgres verify runs this)");
        String database = "selfcheck_stats_it_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        try (PayaraServer.Instance server = PayaraServer.launch("stats-postgres", List.of(
                "selfcheck.db.datasource-class=org.postgresql.xa.PGXADataSource", "selfcheck.db.server=127.0.0.1",
                "selfcheck.db.port=5432", "selfcheck.db.name=" + database, "selfcheck.db.user=postgres",
                "selfcheck.db.password=unused-with-trust-auth"))) {
            assertSeededTown(new Boundary(server.baseUrl()));
        } finally {
            try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void anEnterpriseIsRefusedByTheBoundaryAndATownOfficerSeesOnlyItsTown() {
        Boundary boundary = new Boundary(PayaraServer.baseUrl());
        for (String op : List.of("stats.table", "stats.list", "stats.trend")) {
            assertEquals("ACCESS_DENIED", boundary.call(Demo.HUTANG_HARDWARE, op, "period", "2026-03", "measure", "DUE",
                    "month", "2026-03"), op);
        }
        // 湖塘镇's officer: one town in the by-town table, and its total is that row.
        String table = boundary.ok(Demo.TOWN_HUTANG, "stats.table", "period", "2026-03", "grouping", "TOWN");
        List<String> lines = table.lines().toList();
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("牛塘镇:")), table);
        Map<String, String> hutang = figures(table, "湖塘镇");
        Map<String, String> total = figures(table, "ALL");
        assertEquals(total.get("DUE"), hutang.get("DUE"), table);
        // A seeded town's enterprise is not in 湖塘镇's lists.
        String seed = boundary.ok(Demo.ADMIN, "stats.seed", "tag", tag(), "password", Demo.OFFICER_PASSWORD);
        String notReported = boundary.ok(Demo.TOWN_HUTANG, "stats.list", "period", "2026-03", "measure", "NOT_REPORTED");
        assertTrue(!notReported.contains("统计测试"), notReported);
        assertTrue(seed.contains(" stat"), seed);
    }

    @Test
    void urgingRemindsEachEnterpriseThatHasNotReportedOnceADay() {
        Boundary boundary = new Boundary(PayaraServer.baseUrl());
        String tag = tag();
        String officer = boundary.ok(Demo.ADMIN, "stats.seed", "tag", tag, "password", Demo.OFFICER_PASSWORD).split(" ")[1];
        assertEquals("REFUSED statistics.urge.monthOnly", boundary.call(officer, "stats.urge", "period", "2026-Q1"));
        assertEquals("2", boundary.ok(officer, "stats.urge", "period", "2026-03").strip(), "丁 and 戊");
        assertEquals("0", boundary.ok(officer, "stats.urge", "period", "2026-03").strip(), "the same day: none again");
        JsfClient support = new JsfClient(PayaraServer.baseUrl());
        for (String name : List.of("丁公司", "戊公司", "甲公司")) {
            var reminders = support.post("/test-support/notices", Map.of("enterprise", "统计测试" + tag + name, "listReminders", "true"));
            long urged = reminders.body().lines().filter(line -> line.startsWith("URGED URGED:2026-03:")).count();
            assertEquals(name.equals("甲公司") ? 0 : 1, urged, name + ": " + reminders.body());
        }
        // 湖塘镇's officer reaches only its own town's enterprises: none of the seeded town is reminded again.
        boundary.ok(Demo.TOWN_HUTANG, "stats.urge", "period", "2026-03");
        var reminders = support.post("/test-support/notices", Map.of("enterprise", "统计测试" + tag + "丁公司", "listReminders", "true"));
        assertEquals(1, reminders.body().lines().filter(line -> line.startsWith("URGED ")).count(), reminders.body());
    }

    @Test
    void theQualityFlagsListTheirEnterprisesAndExport() throws Exception {
        Boundary boundary = new Boundary(PayaraServer.baseUrl());
        String tag = tag();
        String officer = boundary.ok(Demo.ADMIN, "stats.seedQuality", "tag", tag, "password", Demo.OFFICER_PASSWORD).strip();
        String company = "质量测试" + tag;
        // Six months of 零隐患 up to March: the one whose March record found a hazard is not flagged.
        assertEquals("1 " + company + "零隐患公司", list(boundary, officer, "2026-03", "ZERO_STREAK"));
        // Up to February there are only five months of records.
        assertEquals("0 ", boundary.ok(officer, "stats.list", "period", "2026-02", "measure", "ZERO_STREAK"));
        // Two 代报 against one found by itself is flagged; one against one is not.
        assertEquals("1 " + company + "代报多公司", list(boundary, officer, "2026-03", "OFFICER_MORE"));

        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, client.login(officer, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        var export = client.getBytes("/statistics-list-export?period=2026-03&measure=OFFICER_MORE");
        assertEquals(200, export.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("单位名称", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(company + "代报多公司", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum(), "one enterprise");
        }
        // An enterprise's request for the export is refused by the boundary.
        JsfClient enterprise = new JsfClient(PayaraServer.baseUrl());
        enterprise.loginEnterprise(Demo.XIHU_SUPERMARKET, "123456", Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, enterprise.getBytes("/statistics-export?period=2026-03&grouping=TOWN").statusCode());
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static void assertSeededTown(Boundary boundary) {
        String tag = tag();
        String[] seed = boundary.ok(Demo.ADMIN, "stats.seed", "tag", tag, "password", Demo.OFFICER_PASSWORD).split(" ");
        String officer = seed[1];
        String x1 = seed[2];
        String x2 = seed[3];
        String company = "统计测试" + tag;

        Map<String, String> march = figures(boundary.ok(officer, "stats.table", "period", "2026-03"), "ALL");
        Map<String, String> expected = new HashMap<>();
        expected.putAll(Map.of("DUE", "5", "SAVED", "4", "SUBMITTED", "3", "BY_HAND", "2", "AUTO", "1", "NOT_REPORTED", "2",
                "RECORDS", "3", "ZERO_RECORDS", "1"));
        expected.putAll(Map.of("GENERAL_FOUND", "4", "MAJOR_FOUND", "1", "RECTIFIED", "1", "OPEN", "4", "OVERDUE", "2",
                "MAJOR_REPORTED", "0", "MAJOR_SUPERVISED", "1", "MAJOR_RECTIFYING", "0", "MAJOR_ACCEPTANCE_REQUESTED", "0",
                "MAJOR_CLOSED", "0"));
        expected.putAll(Map.of("rate", "60.0", "zeroRate", "33.3", "rectificationRate", "20.0", "funds", "1200.50"));
        assertEquals(expected, march);

        // The district's by-town table has the same row for the town; by category, the hazards where they were found.
        assertEquals(expected, figures(boundary.ok(Demo.DISTRICT, "stats.table", "period", "2026-03", "grouping", "TOWN"),
                "统计测试" + tag + "镇"));
        String byCategory = boundary.ok(officer, "stats.table", "period", "2026-03", "grouping", "CATEGORY");
        assertEquals("3", figures(byCategory, x1).get("GENERAL_FOUND"), byCategory);
        assertEquals("1", figures(byCategory, x2).get("MAJOR_FOUND"), byCategory);
        assertEquals("1", figures(byCategory, "—").get("GENERAL_FOUND"), byCategory);

        // The lists behind the numbers hold what the numbers count.
        assertEquals("2 " + company + "丁公司|" + company + "戊公司", list(boundary, officer, "2026-03", "NOT_REPORTED"));
        assertEquals("1 " + company + "丙公司", list(boundary, officer, "2026-03", "AUTO"));
        assertEquals("1 " + company + "甲公司", list(boundary, officer, "2026-03", "ZERO_RECORDS"));
        assertEquals("2 " + company + "乙公司|" + company + "戊公司", list(boundary, officer, "2026-03", "OVERDUE"));
        assertEquals("1 " + company + "乙公司", list(boundary, officer, "2026-03", "MAJOR_SUPERVISED"));
        assertEquals("3 " + company + "丙公司|" + company + "乙公司|" + company + "乙公司",
                boundary.ok(officer, "stats.list", "period", "2026-03", "measure", "GENERAL_FOUND", "grouping", "CATEGORY", "key", x1).strip());
        assertEquals("5 " + company + "丁公司|" + company + "丙公司|" + company + "乙公司|" + company + "戊公司|" + company + "甲公司",
                list(boundary, officer, "2026-03", "DUE"));

        // Period edges: 26 March is April's (the 代报 hazard of 甲), and so is the enterprise registered on 5 March.
        Map<String, String> april = figures(boundary.ok(officer, "stats.table", "period", "2026-04"), "ALL");
        assertEquals("6", april.get("DUE"));
        assertEquals("0", april.get("SUBMITTED"));
        assertEquals("1", april.get("GENERAL_FOUND"));
        Map<String, String> quarter = figures(boundary.ok(officer, "stats.table", "period", "2026-Q1"), "ALL");
        assertEquals("3", quarter.get("SUBMITTED"));
        assertEquals("4", quarter.get("GENERAL_FOUND"));
        assertEquals("5", figures(boundary.ok(officer, "stats.table", "period", "2026"), "ALL").get("GENERAL_FOUND"));

        // The trend's last month is March: due, submitted, general, major.
        String trend = boundary.ok(officer, "stats.trend", "month", "2026-03");
        assertTrue(trend.strip().endsWith("2026-03 5 3 4 1"), trend);
        assertTrue(trend.startsWith("2025-04 "), trend);
    }

    private static String list(Boundary boundary, String as, String period, String measure) {
        return boundary.ok(as, "stats.list", "period", period, "measure", measure).strip();
    }

    /** The figures of one row of a {@code stats.table} answer, by name. */
    static Map<String, String> figures(String table, String row) {
        String line = table.lines().filter(l -> l.startsWith(row + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in\n" + table));
        Map<String, String> figures = new HashMap<>();
        for (String pair : line.substring(row.length() + 1).strip().split(" ")) {
            int eq = pair.indexOf('=');
            figures.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return figures;
    }
}
