package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.JsfView;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record open in two tabs of the same enterprise (issue 8): a stale 保存 is refused and keeps its
 * input, a second 上报 is refused with a message; and the history pages through more records than one page.
 */
@ExtendWith(IsolatedServer.class)
class DraftTabsIT {

    private static final String SAVE_EXECUTE = "inspection:save inspection:inspector inspection:inspectionDate";
    private static final String SAVE_RENDER = "inspection:messages inspection:inspector";

    private final Boundary boundary = new Boundary(IsolatedServer.baseUrl());

    private static JsfClient enterprise(String name) {
        JsfClient client = new JsfClient(IsolatedServer.baseUrl());
        client.loginEnterprise(name, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        return client;
    }

    private static JsfView.Partial save(JsfView tab, String inspector) {
        Map<String, String> fields = tab.values("inspection");
        fields.put("inspection:inspector", inspector);
        return tab.click("inspection", "inspection:save", SAVE_EXECUTE, SAVE_RENDER, fields);
    }

    @Test
    void whenOneTabSavesADraftFirstTheOtherTabsStaleSaveIsRefusedAndKeepsItsInput() {
        String name = Demo.LUOYANG_MOTOR;
        JsfClient client = enterprise(name);
        String draft = boundary.ok(name, "inspection.save", "inspector", "原来的检查人");
        JsfView first = JsfView.open(client, "/enterprise/inspection.xhtml?id=" + draft);
        JsfView second = JsfView.open(client, "/enterprise/inspection.xhtml?id=" + draft);

        JsfView.Partial saved = save(first, "第一个标签页");
        JsfView.Partial refused = save(second, "第二个标签页");

        assertTrue(saved.redirects(), "the first save goes through: " + saved.body());
        assertFalse(refused.redirects(), "the refused tab stays on its page");
        assertTrue(refused.update("inspection:messages").contains("该记录已被他人修改"), refused.body());
        assertTrue(refused.update("inspection:messages").contains(name), "the message names who saved");
        assertTrue(refused.update("inspection:inspector").contains("value=\"第二个标签页\""), "the input is kept");
        String stored = JsfView.open(client, "/enterprise/inspection.xhtml?id=" + draft).html();
        assertTrue(stored.contains("value=\"第一个标签页\""), "the first save is stored");
    }

    private static String submitLink(String html) {
        Matcher link = Pattern.compile("<a([^>]*draft-submit[^>]*)>").matcher(html);
        assertTrue(link.find(), "no 上报 link");
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(link.group(1));
        assertTrue(id.find());
        return id.group(1);
    }

    @Test
    void submittingARecordAlreadySubmittedInAnotherTabIsRefusedWithAMessage() {
        String name = Demo.LUOYANG_LOGISTICS;
        JsfClient client = enterprise(name);
        boundary.ok(name, "inspection.save", "inspector", "上报测试");
        JsfView first = JsfView.open(client, "/enterprise/inspections.xhtml");
        JsfView second = JsfView.open(client, "/enterprise/inspections.xhtml");
        String firstLink = submitLink(first.html());
        String secondLink = submitLink(second.html());

        JsfView.Partial submitted = first.click("drafts", firstLink, firstLink, "drafts messages history", Map.of());
        JsfView.Partial again = second.click("drafts", secondLink, secondLink, "drafts messages history", Map.of());

        assertTrue(submitted.update("messages").contains("已上报"), submitted.body());
        assertFalse(submitted.update("messages").contains("不能再修改"), submitted.body());
        assertTrue(again.update("messages").contains("该记录已上报，不能再修改、删除或重复上报。"), again.body());
        assertTrue(again.update("messages").contains("ui-messages-error"), "shown as an error");
    }

    @Test
    void theHistoryShowsTenRecordsAPageAndTheNextPageTheRest() {
        String name = Demo.XIHU_SUPERMARKET;
        for (int i = 1; i <= 12; i++) {
            String record = boundary.ok(name, "inspection.save", "inspector", String.format("分页记录-%02d", i));
            boundary.ok(name, "inspection.submit", "id", record);
        }
        JsfView history = JsfView.open(enterprise(name), "/enterprise/inspections.xhtml");
        assertTrue(history.html().contains("分页记录-12"), "newest first");
        assertTrue(history.html().contains("分页记录-03"));
        assertFalse(history.html().contains("分页记录-02"), "the first page holds ten");

        JsfView.Partial next = history.click("history", "history:table", "history:table", "history:table", Map.of(
                "history:table_pagination", "true", "history:table_first", "10", "history:table_rows", "10",
                "history:table_skipChildren", "true", "history:table_encodeFeature", "true"));

        String page = next.update("history:table");
        assertTrue(page.contains("分页记录-02") && page.contains("分页记录-01"), page);
        assertFalse(page.contains("分页记录-03"), "the second page holds only the rest");
    }
}
