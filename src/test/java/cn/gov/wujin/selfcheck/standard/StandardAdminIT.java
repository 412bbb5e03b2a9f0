package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 隐患排查标准 administration over HTTP, where no hidden button protects anything: copy, edit, publish,
 * retire, refusals of edits to published and retired versions, Excel export and re-import, and the
 * administrator-only pages. Uses the 危险化学品 standard for publishing, which no other test reads.
 */
@ExtendWith(PayaraServer.class)
class StandardAdminIT {

    private static final String LIST = "/admin/standards.xhtml";
    private static final String ITEM_ID = "class=\"item-id\"[^>]*>(\\d+)<";
    private static final String NOT_DRAFT = "已发布或已停用，不能修改";

    /** One row of the list page. */
    record Listed(int rowIndex, long id, String type, int version, String status, long items) {
    }

    private static JsfClient admin() {
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, client.login(Demo.ADMIN, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        return client;
    }

    private static List<Listed> rows(String html) {
        List<Listed> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr([^>]*data-ri=\"\\d+\"[^>]*)>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (tr.find()) {
            String attributes = tr.group(1);
            String cells = tr.group(2);
            rows.add(new Listed(Integer.parseInt(find(attributes, "data-ri=\"(\\d+)\"")),
                    Long.parseLong(find(cells, "class=\"std-id\"[^>]*>(\\d+)<")),
                    find(cells, "class=\"std-type\">([^<]*)<"),
                    Integer.parseInt(find(cells, "class=\"std-version\">([^<]*)<")),
                    find(cells, "class=\"std-status[^\"]*\">([^<]*)<"),
                    Long.parseLong(find(cells, "class=\"std-items\">([^<]*)<"))));
        }
        return rows;
    }

    private static Listed row(List<Listed> rows, long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    private static Listed newest(List<Listed> rows, String type, String status) {
        return rows.stream().filter(r -> r.type().equals(type) && r.status().equals(status))
                .max((a, b) -> Integer.compare(a.version(), b.version()))
                .orElseThrow(() -> new AssertionError("no " + status + " standard of " + type + " in " + rows));
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no " + regex);
        return matcher.group(1);
    }

    private static long redirectedId(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/admin/standard-edit.xhtml"), location);
        return Long.parseLong(find(location, "[?&]id=(\\d+)"));
    }

    private static List<String> contents(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> contents = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                contents.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            return contents;
        }
    }

    private static Map<String, String> itemFields(long itemId, String content) {
        Map<String, String> fields = new HashMap<>();
        fields.put("itemForm:itemId", String.valueOf(itemId));
        fields.put("itemForm:groupId", "");
        fields.put("itemForm:content", content);
        fields.put("itemForm:criterion", "修订后的排查标准：依法取得并在有效期内。");
        fields.put("itemForm:legalBasis", "《危险化学品安全管理条例》");
        fields.put("itemForm:majorSituation", "");
        fields.put("itemForm:save", "");
        return fields;
    }

    private static byte[] export(JsfClient client, long id) {
        HttpResponse<byte[]> file = client.getBytes("/admin/standard.xlsx?id=" + id);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        return file.body();
    }

    @Test
    void copyEditAndPublishRetiresTheOldVersionUnchangedAndRefusesEditsToPublishedVersions() throws IOException {
        JsfClient admin = admin();
        HttpResponse<String> list = admin.get(LIST);
        assertEquals(200, list.statusCode());
        Listed old = newest(rows(list.body()), "危险化学品", "已发布");
        List<String> oldContents = contents(export(admin, old.id()));
        assertEquals(old.items(), oldContents.size());

        long draftId = redirectedId(admin.postForm(LIST, list.body(), "standards",
                Map.of("standards:table:" + old.rowIndex() + ":copy", "")));
        Listed draft = row(rows(admin.get(LIST).body()), draftId);
        assertEquals("草稿", draft.status());
        assertTrue(draft.version() > old.version());
        assertEquals(old.items(), draft.items(), "the copy holds every item");

        String editPath = "/admin/standard-edit.xhtml?id=" + draftId;
        HttpResponse<String> edit = admin.get(editPath);
        assertEquals(200, edit.statusCode());
        long itemId = Long.parseLong(find(edit.body(), ITEM_ID));
        String revised = "修订后的排查内容" + System.nanoTime();
        HttpResponse<String> saved = admin.postForm(editPath, edit.body(), "itemForm", itemFields(itemId, revised));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("已保存"), saved.body());
        assertTrue(saved.body().contains(revised));

        HttpResponse<String> beforePublish = admin.get(LIST);
        Listed draftRow = row(rows(beforePublish.body()), draftId);
        HttpResponse<String> published = admin.postForm(LIST, beforePublish.body(), "standards",
                Map.of("standards:table:" + draftRow.rowIndex() + ":publish", ""));
        assertEquals(200, published.statusCode());
        assertTrue(published.body().contains("已发布。"), published.body());

        List<Listed> after = rows(admin.get(LIST).body());
        assertEquals("已发布", row(after, draftId).status());
        assertEquals("已停用", row(after, old.id()).status());
        assertEquals(1, after.stream().filter(r -> r.type().equals("危险化学品") && r.status().equals("已发布")).count());
        assertEquals(oldContents, contents(export(admin, old.id())), "the retired version is unchanged");
        List<String> newContents = contents(export(admin, draftId));
        assertTrue(newContents.contains(revised));
        assertEquals(oldContents.size(), newContents.size());

        // The edit page loaded before the publish still holds the form: the same request is now refused.
        HttpResponse<String> refused = admin.postForm(editPath, edit.body(), "itemForm", itemFields(itemId, "篡改" + revised));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains(NOT_DRAFT), refused.body());
        assertFalse(contents(export(admin, draftId)).contains("篡改" + revised));

        // A forged item id of the retired version, posted from the page of another draft, is refused too.
        HttpResponse<String> again = admin.get(LIST);
        long otherDraft = redirectedId(admin.postForm(LIST, again.body(), "standards",
                Map.of("standards:table:" + row(rows(again.body()), draftId).rowIndex() + ":copy", "")));
        String otherPath = "/admin/standard-edit.xhtml?id=" + otherDraft;
        HttpResponse<String> otherEdit = admin.get(otherPath);
        long retiredItem = Long.parseLong(find(admin.get("/admin/standard-edit.xhtml?id=" + old.id()).body(),
                ITEM_ID));
        HttpResponse<String> forged = admin.postForm(otherPath, otherEdit.body(), "itemForm", itemFields(retiredItem, "伪造"));
        assertTrue(forged.body().contains(NOT_DRAFT), forged.body());
        assertEquals(oldContents, contents(export(admin, old.id())));

        HttpResponse<String> readOnly = admin.get("/admin/standard-edit.xhtml?id=" + old.id());
        assertTrue(readOnly.body().contains("不能修改"), "a retired version opens read-only");
        assertFalse(readOnly.body().contains("edit-item"), "and without edit buttons");
    }

    @Test
    void anExportedStandardImportsAsANewDraftWithTheSameItems() throws IOException {
        JsfClient admin = admin();
        HttpResponse<String> list = admin.get(LIST);
        Listed gongmao = newest(rows(list.body()), "工贸企业", "已发布");
        byte[] xlsx = export(admin, gongmao.id());
        assertEquals(gongmao.items(), contents(xlsx).size());
        String typeId = find(list.body(), "<option value=\"(\\d+)\"[^>]*>工贸企业</option>");

        long imported = redirectedId(admin.postMultipart(LIST, list.body(), "importForm",
                Map.of("importForm:type", typeId, "importForm:upload", ""), "importForm:file", "gm.xlsx", xlsx));

        Listed draft = row(rows(admin.get(LIST).body()), imported);
        assertEquals("草稿", draft.status());
        assertEquals("工贸企业", draft.type());
        assertEquals(79, draft.items());
        assertEquals(contents(xlsx), contents(export(admin, imported)), "export, import and export again: the same rows");
        assertEquals("已发布", row(rows(admin.get(LIST).body()), gongmao.id()).status(), "an import publishes nothing");
    }

    @Test
    void aFileOfAnotherLayoutIsRefusedWithAMessageAndImportsNothing() {
        JsfClient admin = admin();
        HttpResponse<String> list = admin.get(LIST);
        int before = rows(list.body()).size();
        String typeId = find(list.body(), "<option value=\"(\\d+)\"[^>]*>工贸企业</option>");

        HttpResponse<String> refused = admin.postMultipart(LIST, list.body(), "importForm",
                Map.of("importForm:type", typeId, "importForm:upload", ""), "importForm:file", "list.csv",
                "一级分类,二级分类\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("未导入任何内容"), refused.body());
        assertEquals(before, rows(admin.get(LIST).body()).size());
    }

    @Test
    void nobodyButTheAdministratorReachesTheStandardAdministration() {
        for (String login : List.of(Demo.DISTRICT, Demo.TOWN_HUTANG)) {
            JsfClient officer = new JsfClient(PayaraServer.baseUrl());
            officer.login(login, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
            assertEquals(403, officer.get(LIST).statusCode(), login);
            assertEquals(403, officer.get("/admin/standard-edit.xhtml?id=1").statusCode(), login);
            assertEquals(403, officer.getBytes("/admin/standard.xlsx?id=1").statusCode(), login);
        }
    }
}
