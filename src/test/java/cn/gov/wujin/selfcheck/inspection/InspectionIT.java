package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.pages.ComparePage;
import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.InspectionFormPage;
import cn.gov.wujin.selfcheck.pages.InspectionsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.testing.Browser;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.awt.Color;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 新建自查 → 保存 → 修改 → 上报 → 历史记录 (manual §4.1, §4.2), with both hazard dialogs. */
class InspectionIT extends BrowserTest {

    private static final String DEADLINE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();

    private InspectionsPage logInAs(String enterprise) {
        LoginPage.open(driver, baseUrl()).loginAs(enterprise, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
        return InspectionsPage.open(driver, baseUrl());
    }

    @Test
    void aFullRoundFromNewInspectionToHistory() throws IOException {
        InspectionFormPage form = logInAs(Demo.NIUTANG_CHEMICALS).startNew();
        assertTrue(form.progress().startsWith("已排查 0 /"), form.progress());
        String firstItem = form.contentOf(0);
        String generalItem = form.contentOf(1);

        String firstCount = form.treeCount(0);
        form.markNone(0);
        assertEquals("无此隐患", form.resultOf(0));
        assertEquals("1" + firstCount.substring(firstCount.indexOf('/')), form.treeCount(0), "the group's count in the tree moved");
        assertTrue(form.treeSection(0).endsWith("(1)"), form.treeSection(0));
        assertEquals(List.of(form.treeSection(0)), form.selectedInTree(), "基础管理 is shown whole, so it alone is selected");

        form.openGeneral(1);
        assertFalse(form.submitGeneral(), "an empty general hazard is refused");
        assertTrue(form.generalMessageFor("location").startsWith("隐患部位：必填项"), form.generalMessages().toString());
        form.fillGeneral("仓库东侧", "灭火器过期未更换", "消防安全", "赵海峰", DEADLINE);
        form.uploadPhoto(TestFiles.png("hazard-photo-it.png", 160, 120, new Color(200, 60, 40)));
        assertEquals(1, form.photoCount());
        assertTrue(form.photosLoaded(), "the uploaded photo shows in the dialog");
        form.uploadPhoto(TestFiles.renamedExecutable("hazard-photo-it.jpg"));
        assertTrue(String.join("\n", form.generalMessages()).contains("不是有效的图片"), form.generalMessages().toString());
        assertEquals(1, form.photoCount(), "a file that is not an image is refused by its content");
        assertTrue(form.submitGeneral(), "a complete general hazard closes the dialog");
        assertEquals("一般隐患", form.resultOf(1));

        form.openMajorAndConfirmWarning(2, warning -> warning.contains("重大隐患上报后不能修改删除"));
        assertEquals(Optional.empty(), form.majorSituation(), "an item that maps to no 判定标准 situation asks none");
        form.fillMajor(DEADLINE);
        assertTrue(form.submitMajor());
        assertEquals("重大隐患", form.resultOf(2));
        assertTrue(form.isAnswerButtonDisabled(2, "none"), "a reported major hazard's answer cannot change");

        form.markRestOfFirstGroupNone();
        form.selectGroup(1);
        assertEquals(1, form.selectedInTree().size(), form.selectedInTree().toString());
        assertTrue(form.selectedInTree().get(0).startsWith(form.treeGroupName(1)), form.selectedInTree().toString());
        form.selectGroup(0);
        assertEquals(1, form.selectedInTree().size(), "the link selected before is no longer marked: " + form.selectedInTree());
        assertTrue(form.selectedInTree().get(0).startsWith(form.treeGroupName(0)), form.selectedInTree().toString());

        form.save();
        assertTrue(form.messages().contains("检查人姓名：必填项"), form.messages());
        assertTrue(driver.getCurrentUrl().contains("/enterprise/inspection.xhtml"), "saving without a name stays on the form");

        form.setInspector("张检查");
        form.save();
        InspectionsPage list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("张检查"), list.draftInspectors());
        assertTrue(list.draftCounts().get(0).endsWith("/ 1 / 1"), list.draftCounts().toString());

        InspectionFormPage reopened = list.editDraft(0);
        assertEquals("一般隐患", reopened.resultOf(1));
        assertEquals("重大隐患", reopened.resultOf(2));
        reopened.markNone(reopened.cards().size() - 1);
        reopened.save();
        list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("张检查"), list.draftInspectors());

        list.submitDraft(0);
        assertEquals(List.of(), list.draftInspectors());
        assertEquals(List.of("张检查"), list.historyInspectors());
        assertTrue(list.historyHow().get(0).contains("手动上报"));

        // A second record, without hazards, for the history filters and 对比.
        InspectionFormPage second = list.startNew();
        second.markNone(1);
        second.setInspector("李复查");
        second.save();
        list = new InspectionsPage(driver).awaitShown();
        list.submitDraft(0);
        assertEquals(List.of("李复查", "张检查"), list.historyInspectors(), "newest first");

        Browser.assumeRealBrowser("the history filter's select menu (its overlay list of 是否有隐患)");
        list.filterHistory("复查", "全部");
        assertEquals(List.of("李复查"), list.historyInspectors());
        list.filterHistory("", "有隐患");
        assertEquals(List.of("张检查"), list.historyInspectors());
        list.filterHistory("", "无隐患");
        assertEquals(List.of("李复查"), list.historyInspectors());
        list.resetHistoryFilter();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        list.filterHistoryByDates(tomorrow, "");
        assertEquals(List.of(), list.historyInspectors());
        list.filterHistoryByDates(tomorrow, today);
        assertTrue(list.messages().contains("起始日期不能晚于结束日期"), list.messages());
        assertEquals(tomorrow, list.fromFilter(), "a refused filter keeps what was typed");
        list.filterHistoryByDates(today, today);
        assertEquals(List.of("李复查", "张检查"), list.historyInspectors());
        list.resetHistoryFilter();

        list.chooseForComparison(0);
        assertFalse(list.compareEnabled(), "对比 needs two records");
        list.chooseForComparison(1);
        assertTrue(list.compareEnabled());
        ComparePage compare = list.compare();
        assertTrue(compare.leftHeading().contains("张检查"), "the older record is on the left: " + compare.leftHeading());
        assertTrue(compare.rightHeading().contains("李复查"), compare.rightHeading());
        ComparePage.Row changedToNone = compare.row(generalItem).orElseThrow();
        assertTrue(changedToNone.changed(), "一般隐患 → 无此隐患 is highlighted");
        assertTrue(changedToNone.left().contains("一般隐患") && changedToNone.left().contains("仓库东侧：灭火器过期未更换"), changedToNone.left());
        assertEquals("无此隐患", changedToNone.right());
        ComparePage.Row dropped = compare.row(firstItem).orElseThrow();
        assertTrue(dropped.changed());
        assertEquals("未排查", dropped.right());
        assertTrue(compare.changedCount() > 0 && compare.changedCount() < compare.rowCount(),
                "items unanswered in both records are not highlighted");
        assertTrue(compare.summary().contains("其中 " + compare.changedCount() + " 条有变化"), compare.summary());
        compare.showOnlyChanged();
        assertEquals(compare.changedCount(), compare.rowCount());
        list = InspectionsPage.open(driver, baseUrl());

        String record = list.viewHistoryRecord(1);
        List<String> photos = list.recordPhotoSources();
        assertEquals(1, photos.size(), "the general hazard's photo survived saving the draft again and shows in the record");
        assertTrue(record.contains("已上报"), record);
        assertTrue(record.contains("仓库东侧：灭火器过期未更换"), record);
        assertTrue(record.contains("重大隐患"), record);

        // A submitted record is read-only: its edit form is refused even to its owner.
        String recordId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        driver.get(baseUrl() + "/enterprise/inspection.xhtml?id=" + recordId);
        Gui.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("error-403")));

        // Another enterprise cannot read it by changing the id.
        JsfClient other = new JsfClient(baseUrl());
        other.loginEnterprise(Demo.XIHU_SUPERMARKET, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<String> foreign = other.get("/enterprise/record.xhtml?id=" + recordId);
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.body().contains("仓库东侧"), "nothing of the record leaks into the refusal");
        assertEquals(403, other.get("/enterprise/inspection.xhtml?id=" + recordId).statusCode());
        String photoPath = photos.get(0).replaceFirst("^https?://[^/]+", "");
        assertEquals(403, other.get(photoPath).statusCode(), "another enterprise cannot load the photo by id");
        HttpResponse<String> foreignComparison = other.get("/enterprise/compare.xhtml?a=" + recordId + "&b=" + recordId);
        assertEquals(403, foreignComparison.statusCode(), "another enterprise cannot compare the record either");
        assertFalse(foreignComparison.body().contains("仓库东侧"));
    }

    @Test
    void aReportedMajorHazardStaysWhenItsDraftIsDeleted() {
        InspectionFormPage form = logInAs(Demo.HIGHTECH_FINE_CHEMICALS).startNew();
        assertEquals("在役装置设计", form.contentOf(5));
        form.openMajorAndConfirmWarning(5, warning -> warning.contains("重大隐患上报后不能修改删除"));
        assertEquals("第十项：在役化工装置未经正规设计且未进行安全设计诊断。", form.majorSituation().orElseThrow(),
                "the situation the item maps to is chosen in advance");
        form.fillMajor(DEADLINE);
        assertTrue(form.submitMajor());
        form.setInspector("李检查");
        form.save();
        InspectionsPage list = new InspectionsPage(driver).awaitShown();
        assertEquals(List.of("李检查"), list.draftInspectors());

        list.deleteDraft(0);
        assertEquals(List.of(), list.draftInspectors());

        driver.get(baseUrl() + "/enterprise/major-hazards.xhtml");
        Gui.shown(driver, By.id("majorPanel"));
        List<String> locations = driver.findElements(By.cssSelector(".major-location")).stream().map(e -> e.getText().strip()).toList();
        assertEquals(List.of("液氯储罐区"), locations);
        assertEquals("已上报", driver.findElement(By.cssSelector(".major-status")).getText().strip());
    }
}
