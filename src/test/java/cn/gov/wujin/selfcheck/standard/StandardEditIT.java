package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.pages.StandardEditPage;
import cn.gov.wujin.selfcheck.pages.StandardsAdminPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's edit page of a standard in the browser: 复制为新版本, then the item and category
 * dialogs, the refusal of an empty field with the input kept, the delete and publish confirmations,
 * and what a reload shows. Each test edits a copy of its own of the 人员密集场所 standard and never
 * publishes it: a draft is read by no enterprise, so the other tests see the standards unchanged.
 */
class StandardEditIT extends BrowserTest {

    private static final String TYPE = "人员密集场所";
    private static final String PUBLISHED = "已发布";
    private static final String DRAFT = "草稿";

    private StandardsAdminPage list;
    private StandardsAdminPage.Row source;

    @BeforeEach
    void logInAsAdministrator() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.ADMIN, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        list = StandardsAdminPage.open(driver, baseUrl());
        source = list.newest(TYPE, PUBLISHED);
    }

    /** A unique text, so that a test finds its own changes whatever else the draft holds. */
    private static String unique(String text) {
        return text + System.nanoTime() % 1_000_000;
    }

    @Test
    void changedTextsANewItemAndRenamedCategoriesAreThereAfterAReload() {
        StandardEditPage edit = list.copy(source.id());
        assertTrue(edit.messages().contains("已复制为新的草稿版本"), edit.messages());
        assertEquals(DRAFT, edit.status());
        assertEquals(source.items(), edit.itemContents().size(), "the copy holds every item");
        long draftId = edit.standardId();

        String section = edit.sectionNames().get(0);
        String group = edit.groupNamesOf(section).get(0);
        String firstItem = edit.itemContentsOf(group).get(0);

        // An item's four texts.
        String content = unique("消防安全责任人、管理人已确定并公示");
        StandardEditPage.ItemDialog dialog = edit.editItem(firstItem);
        assertEquals(firstItem, dialog.content(), "the dialog opens with the item's texts");
        dialog.content(content).criterion("公示牌设在入口显著位置，人员变动后7日内更新。")
                .legalBasis("《机关、团体、企业、事业单位消防安全管理规定》第六条")
                .majorSituation("未确定消防安全责任人");
        edit = dialog.save();
        assertTrue(edit.messages().contains("已保存"), edit.messages());
        assertEquals(content, edit.itemContentsOf(group).get(0), "in place of the old text, in the same place");
        assertFalse(edit.itemContents().contains(firstItem));

        // A new item at the end of the group.
        String added = unique("新增：消防安全重点部位已确定并设置标识");
        int before = edit.itemContentsOf(group).size();
        edit = edit.newItem(group).content(added).criterion("重点部位有明显标识和管理责任人。")
                .legalBasis("《消防法》第十七条").save();
        List<String> groupItems = edit.itemContentsOf(group);
        assertEquals(before + 1, groupItems.size());
        assertEquals(added, groupItems.get(groupItems.size() - 1));

        // A new 二级分类, then renamed, and the 一级分类 renamed.
        String newGroup = unique("新增分类");
        edit = edit.newGroup(section).name(newGroup).save();
        assertEquals(newGroup, last(edit.groupNamesOf(section)));
        StandardEditPage.CategoryDialog rename = edit.renameGroup(newGroup);
        assertEquals(newGroup, rename.name());
        String renamedGroup = unique("改名后的分类");
        edit = rename.name(renamedGroup).save();
        String renamedSection = unique("基础管理（修订）");
        edit = edit.renameSection(section).name(renamedSection).save();

        StandardEditPage reloaded = edit.reload();
        assertTrue(reloaded.sectionNames().contains(renamedSection), reloaded.sectionNames().toString());
        assertFalse(reloaded.sectionNames().contains(section));
        assertEquals(renamedGroup, last(reloaded.groupNamesOf(renamedSection)));
        assertFalse(reloaded.groupNames().contains(newGroup));
        assertEquals(List.of(content), reloaded.itemContentsOf(group).subList(0, 1));
        String row = reloaded.rowText(content);
        assertTrue(row.contains("公示牌设在入口显著位置，人员变动后7日内更新。"), row);
        assertTrue(row.contains("第六条"), row);
        assertTrue(row.contains("未确定消防安全责任人"), row);
        assertEquals(added, last(reloaded.itemContentsOf(group)));
        assertEquals(source.items() + 1, reloaded.itemContents().size());

        StandardsAdminPage after = StandardsAdminPage.open(driver, baseUrl());
        assertEquals(DRAFT, after.row(draftId).status());
        assertEquals(source.items() + 1, after.row(draftId).items());
        assertEquals(PUBLISHED, after.row(source.id()).status(), "the published version is untouched");
        assertEquals(source.items(), after.row(source.id()).items());
        StandardEditPage published = StandardEditPage.open(driver, baseUrl(), source.id());
        assertTrue(published.itemContents().contains(firstItem), "the published version keeps its text");
        assertFalse(published.isEditable(), "and offers no change");
    }

    @Test
    void anEmptyFieldIsRefusedInTheDialogWithTheOtherInputKept() {
        StandardEditPage edit = list.copy(source.id());
        String group = edit.groupNames().get(0);
        List<String> items = edit.itemContentsOf(group);
        String first = items.get(0);
        String second = items.get(1);

        StandardEditPage.ItemDialog dialog = edit.editItem(first);
        String typed = "本次输入的排查标准，不应丢失。";
        dialog.content("").criterion(typed);
        String message = dialog.saveRefused();
        assertTrue(message.contains("排查内容"), "the message names the field: " + message);
        assertEquals(typed, dialog.criterion(), "the typed criterion is kept");
        assertEquals("", dialog.content());

        // Only blanks are as empty as nothing.
        dialog.content("   ");
        message = dialog.saveRefused();
        assertTrue(message.contains("排查内容"), "the message names the field: " + message);
        assertEquals(typed, dialog.criterion());

        // Given up: the next dialog shows the texts of the item it opens, not the refused input.
        edit = dialog.cancel();
        StandardEditPage.ItemDialog other = edit.editItem(second);
        assertEquals(second, other.content());
        assertFalse(other.criterion().equals(typed), "not the criterion typed for another item");
        edit = other.cancel();
        StandardEditPage.ItemDialog fresh = edit.newItem(group);
        assertEquals("", fresh.content(), "a new item starts empty");
        assertEquals("", fresh.criterion());
        edit = fresh.cancel();

        // A category needs a name too.
        StandardEditPage.CategoryDialog category = edit.renameGroup(group);
        String refused = category.name("").saveRefused();
        assertTrue(refused.contains("分类名称"), refused);
        edit = category.cancel();

        StandardEditPage reloaded = edit.reload();
        assertEquals(first, reloaded.itemContentsOf(group).get(0), "nothing refused was saved");
        assertFalse(reloaded.rowText(first).contains(typed), "nor the criterion typed with it");
        assertTrue(reloaded.groupNames().contains(group));
    }

    @Test
    void deletingAndPublishingAskFirstAndNoChangesNothing() {
        StandardEditPage edit = list.copy(source.id());
        long draftId = edit.standardId();
        String group = edit.groupNames().get(0);
        String item = edit.itemContentsOf(group).get(0);

        String question = edit.deleteItem(item);
        assertTrue(question.contains("删除该条标准细则吗"), question);
        edit.answerConfirmation(false);
        assertTrue(edit.itemContents().contains(item), "否 keeps the item");

        edit.deleteItem(item);
        edit.answerConfirmation(true);
        assertTrue(edit.messages().contains("已删除"), edit.messages());
        assertFalse(edit.itemContents().contains(item));
        assertFalse(edit.reload().itemContents().contains(item), "deleted for good");

        String lastGroup = last(edit.groupNames());
        int lastGroupItems = edit.itemContentsOf(lastGroup).size();
        String groupQuestion = edit.deleteGroup(lastGroup);
        assertTrue(groupQuestion.contains("删除该二级分类及其下全部标准细则吗"), groupQuestion);
        edit.answerConfirmation(false);
        assertTrue(edit.groupNames().contains(lastGroup), "否 keeps the 二级分类");
        edit.deleteGroup(lastGroup);
        edit.answerConfirmation(true);
        assertFalse(edit.reload().groupNames().contains(lastGroup), "deleted with its items");

        StandardsAdminPage standards = StandardsAdminPage.open(driver, baseUrl());
        assertEquals(source.items() - 1 - lastGroupItems, standards.row(draftId).items());
        String publish = standards.startPublish(draftId);
        assertTrue(publish.contains("发布后该版本不能再修改"), publish);
        standards.cancelConfirmation();
        assertEquals(DRAFT, StandardsAdminPage.open(driver, baseUrl()).row(draftId).status(), "否 publishes nothing");
        assertEquals(PUBLISHED, StandardsAdminPage.open(driver, baseUrl()).row(source.id()).status());
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }
}
