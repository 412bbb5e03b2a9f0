package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 批量导入 through its boundary on the shared server (the Jakarta Batch job runs for real): the step's
 * counts, GBK, UTF-8 and .xlsx, the row checks (check character, duplicates in the file and in the
 * database, another town's rows for a town officer, unknown names), the update of an existing
 * enterprise's fixed fields with its history, the first login with 123456, and the audit rows.
 */
@ExtendWith(PayaraServer.class)
class EnterpriseImportIT {

    private static final Charset GBK = Charset.forName("GBK");

    private final Boundary boundary = new Boundary(PayaraServer.baseUrl());
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    @Test
    void aTownOfficersGbkFileIsCheckedRowByRowAndTheStepCountsAreTheJobsTruth() {
        // Already in the database: one of 湖塘镇 (its row updates it) and one of 牛塘镇 (out of the officer's scope).
        String ownCode = ImportFiles.creditCode();
        String ownName = "导入测试" + run + "已有湖塘公司";
        boundary.ok(Demo.TOWN_HUTANG, "registry.create", "name", ownName, "code", ownCode, "town", "HUTANG");
        String otherCode = ImportFiles.creditCode();
        boundary.ok(Demo.TOWN_NIUTANG, "registry.create", "name", "导入测试" + run + "已有牛塘公司", "code", otherCode, "town", "NIUTANG");

        String a = ImportFiles.creditCode();
        String b = ImportFiles.creditCode();
        String c = ImportFiles.creditCode();
        List<List<String>> rows = new ArrayList<>();
        rows.add(ImportFiles.row("导入测试" + run + "甲机械有限公司", a, "湖塘镇", "工贸企业/机械"));        // 2 created
        rows.add(ImportFiles.row("导入测试" + run + "乙纺织有限公司", b, "湖塘", "纺织"));                  // 3 created (short forms)
        rows.add(ImportFiles.row("导入测试" + run + "丙公司", ImportFiles.withWrongCheck(ImportFiles.creditCode()), "湖塘镇", "机械")); // 4 check character
        rows.add(ImportFiles.row("导入测试" + run + "丁公司", a, "湖塘镇", "机械"));                       // 5 duplicate of row 2
        rows.add(ImportFiles.row("导入测试" + run + "戊公司", ImportFiles.creditCode(), "牛塘镇", "机械"));  // 6 another town
        rows.add(ImportFiles.row("", ImportFiles.creditCode(), "湖塘镇", "机械"));                          // 7 no name
        rows.add(ImportFiles.row("导入测试" + run + "己公司", ImportFiles.creditCode(), "湖塘镇", "火箭"));  // 8 unknown type
        rows.add(List.of(ownName, ownCode, "湖塘镇", "应急管理局（安监）", "工贸企业/冶金", "重点", "新负责人", "0519-88881111")); // 9 updated
        rows.add(ImportFiles.row("导入测试" + run + "庚公司", otherCode, "湖塘镇", "机械"));                // 10 code of 牛塘
        rows.add(ImportFiles.row("导入测试" + run + "辛五金有限公司", c, "湖塘镇", "工贸企业/机械"));       // 11 created
        String id = upload(Demo.TOWN_HUTANG, ImportFiles.csv(rows, GBK), "AUTO");

        String view = awaitEnded(Demo.TOWN_HUTANG, id);
        assertTrue(view.startsWith("COMPLETED"), view);
        assertTrue(view.contains("created=3 updated=1 rejected=6"), view);
        assertTrue(view.contains("read=10 write=4 skip=6"), "the step's own metrics: " + view);
        assertTrue(view.contains("done=10 total=10"), view);

        String rejects = boundary.ok(Demo.TOWN_HUTANG, "import.rejects", "id", id);
        assertTrue(rejects.contains("4:统一社会信用代码:统一社会信用代码校验位不正确"), rejects);
        assertTrue(rejects.contains("5:统一社会信用代码:统一社会信用代码与文件第 2 行重复"), rejects);
        assertTrue(rejects.contains("6:属地:该单位的属地不在您的管辖范围内"), rejects);
        assertTrue(rejects.contains("7:单位名称:“单位名称”不能为空"), rejects);
        assertTrue(rejects.contains("8:单位类型:“火箭”不是系统中的单位类型小类"), rejects);
        assertTrue(rejects.contains("10:统一社会信用代码:该信用代码的单位属于其他辖区"), rejects);

        // The created ones are listed in the town with a not yet activated login; the updated one has its history.
        // 甲, 乙 and 辛 (imported) and 已有湖塘公司 (registered before): four of this run in 湖塘镇, none activated yet.
        assertEquals("4", boundary.ok(Demo.TOWN_HUTANG, "registry.count", "keyword", run, "account", "NOT_ACTIVATED"));
        assertEquals("NOT_ACTIVATED ACTIVE 湖塘镇", boundary.ok(Demo.TOWN_HUTANG, "registry.row", "enterprise", "导入测试" + run + "乙纺织有限公司"));
        assertEquals("0", boundary.ok(Demo.TOWN_NIUTANG, "registry.count", "keyword", "导入测试" + run + "甲"), "not in 牛塘镇's list");
        assertTrue(Integer.parseInt(boundary.ok(Demo.TOWN_HUTANG, "profile.history", "enterprise", ownName)) >= 3,
                "type, level and principal changed, each a history row");

        // A created enterprise logs in with 123456 and must change it.
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        var first = client.login("导入测试" + run + "辛五金有限公司", "123456", PayaraServer.CAPTCHA);
        assertEquals(302, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"), "forced change");
        client.loginEnterprise("导入测试" + run + "辛五金有限公司", "123456", Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(200, client.get("/enterprise/home.xhtml").statusCode());
        assertEquals("IN_USE ACTIVE 湖塘镇", boundary.ok(Demo.TOWN_HUTANG, "registry.row", "enterprise", "导入测试" + run + "辛五金有限公司"));

        // The audit log: the import, each created and updated enterprise, the login and the password change.
        assertTrue(boundary.ok(Demo.DISTRICT, "audit.newest", "action", "IMPORT_STARTED", "user", Demo.TOWN_HUTANG)
                .startsWith("hutang|TOWN|127.0.0.1|probe.csv|10 rows, CSV GBK"));
        // The two registered by hand; the import's three are in its own rows (started, ended with the counts).
        assertEquals("2", boundary.ok(Demo.DISTRICT, "audit.count", "action", "ENTERPRISE_CREATED", "target", "导入测试" + run));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ENTERPRISE_UPDATED", "target", ownName).contains("row 9"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "IMPORT_ENDED", "user", Demo.TOWN_HUTANG)
                .contains("COMPLETED created=3 updated=1 rejected=6"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "PASSWORD_CHANGED", "target", "导入测试" + run + "辛五金")
                .startsWith("导入测试" + run + "辛五金有限公司|ENTERPRISE|127.0.0.1"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "LOGIN", "target", "导入测试" + run + "辛五金")
                .startsWith("导入测试" + run + "辛五金有限公司|ENTERPRISE"));
    }

    @Test
    void rowsRejectedAfterTheLastValidRowAreRecordedWhenTheJobEnds() {
        // No valid row at all: nothing for the writer, so the rejects are recorded as the step completes.
        String id = upload(Demo.DISTRICT, ImportFiles.csv(List.of(
                ImportFiles.row("导入测试" + run + "坏一公司", ImportFiles.withWrongCheck(ImportFiles.creditCode()), "湖塘镇", "机械"),
                ImportFiles.row("", ImportFiles.creditCode(), "湖塘镇", "机械")), GBK), "AUTO");
        String view = awaitEnded(Demo.DISTRICT, id);
        assertTrue(view.startsWith("COMPLETED created=0 updated=0 rejected=2"), view);
        assertTrue(view.contains("done=2 total=2"), view);
        String rejects = boundary.ok(Demo.DISTRICT, "import.rejects", "id", id);
        assertEquals(2, rejects.split("\\|").length, rejects);
        assertTrue(rejects.contains("2:统一社会信用代码:统一社会信用代码校验位不正确") && rejects.contains("3:单位名称:"), rejects);
    }

    @Test
    void aNameOneRowGivesUpIsTakenByTheNextRowOfTheSameChunk() {
        String name = "导入测试" + run + "让名公司";
        String oldCode = ImportFiles.creditCode();
        boundary.ok(Demo.DISTRICT, "registry.create", "name", name, "code", oldCode, "town", "HUTANG");
        // Row 2 renames the registered enterprise; row 3 is a new one under the name row 2 gave up.
        String id = upload(Demo.DISTRICT, ImportFiles.csv(List.of(
                ImportFiles.row(name + "改名", oldCode, "湖塘镇", "机械"),
                ImportFiles.row(name, ImportFiles.creditCode(), "湖塘镇", "机械")), GBK), "AUTO");
        String view = awaitEnded(Demo.DISTRICT, id);
        assertTrue(view.startsWith("COMPLETED created=1 updated=1 rejected=0"), view);
        // Each login carries its enterprise's name: the renamed one's and the new one's under the old name.
        for (String login : List.of(name + "改名", name)) {
            var answer = new JsfClient(PayaraServer.baseUrl()).login(login, "123456", PayaraServer.CAPTCHA);
            assertEquals(302, answer.statusCode(), login);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"), login);
        }
    }

    @Test
    void utf8AndXlsxFilesImportAlikeAndADuplicateOfTheDatabaseUpdates() {
        String a = ImportFiles.creditCode();
        String b = ImportFiles.creditCode();
        byte[] utf8 = ImportFiles.csv(List.of(ImportFiles.row("导入测试" + run + "UTF公司", a, "洛阳镇", "机械"),
                ImportFiles.row("导入测试" + run + "UTF二公司", b, "遥观", "工贸企业/建材")), StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        String csv = upload(Demo.DISTRICT, withBom, "UTF-8");
        assertTrue(awaitEnded(Demo.DISTRICT, csv).startsWith("COMPLETED created=2 updated=0 rejected=0"));
        assertEquals("NOT_ACTIVATED ACTIVE 遥观镇", boundary.ok(Demo.DISTRICT, "registry.row", "enterprise", "导入测试" + run + "UTF二公司"));

        // The same codes again in a workbook, one renamed: updates, no second enterprise.
        String c = ImportFiles.creditCode();
        String xlsx = upload(Demo.ADMIN, ImportFiles.xlsx(List.of(
                ImportFiles.row("导入测试" + run + "UTF公司改名", a, "洛阳镇", "机械"),
                ImportFiles.row("导入测试" + run + "表格公司", c, "横林镇", "工贸企业/轻工"))), "AUTO");
        String view = awaitEnded(Demo.ADMIN, xlsx);
        assertTrue(view.startsWith("COMPLETED created=1 updated=1 rejected=0"), view);
        assertEquals("1", boundary.ok(Demo.DISTRICT, "registry.count", "keyword", a), "one enterprise with that code");
        assertEquals("NOT_ACTIVATED ACTIVE 洛阳镇", boundary.ok(Demo.DISTRICT, "registry.row", "enterprise", "导入测试" + run + "UTF公司改名"),
                "renamed, its login with it");
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        var login = client.login("导入测试" + run + "UTF公司改名", "123456", PayaraServer.CAPTCHA);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"),
                "the login follows the registered name");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrNotAFileAtAllIsRefusedAtUpload() {
        byte[] noColumns = "名称,代码\r\n某公司,123\r\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(boundary.call(Demo.DISTRICT, "import.upload", "content", Base64.getEncoder().encodeToString(noColumns))
                .equals("REFUSED import.file.missingColumns"));
        byte[] binary = {0x7f, 'E', 'L', 'F', 0, 0, 1, 2};
        assertEquals("REFUSED import.file.notCsv", boundary.call(Demo.DISTRICT, "import.upload", "content",
                Base64.getEncoder().encodeToString(binary)));
        byte[] fakeZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
        assertEquals("REFUSED import.file.unreadable", boundary.call(Demo.DISTRICT, "import.upload", "content",
                Base64.getEncoder().encodeToString(fakeZip)));
    }

    private String upload(String as, byte[] content, String charset) {
        return boundary.ok(as, "import.upload", "content", Base64.getEncoder().encodeToString(content), "charset", charset).strip();
    }

    /** Waits for the job's end (a deadline, not a delay: the job runs on the server's batch threads). */
    private String awaitEnded(String as, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String view = boundary.ok(as, "import.view", "id", id);
        while (!(view.startsWith("COMPLETED") || view.startsWith("FAILED")) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200); // polling the job's state, which gives no other signal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            view = boundary.ok(as, "import.view", "id", id);
        }
        assertFalse(view.startsWith("RUNNING") || view.startsWith("QUEUED"), "the import ended: " + view);
        return view;
    }
}
