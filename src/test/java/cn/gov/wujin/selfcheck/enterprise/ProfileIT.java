package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.PasswordPage;
import cn.gov.wujin.selfcheck.pages.ProfileEditPage;
import cn.gov.wujin.selfcheck.pages.ProfilePage;
import cn.gov.wujin.selfcheck.pages.StaffSection;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 单位基本信息 in the browser (issue 3): the profile form with its 是/否 follow-ups and validation,
 * the pictures and the safety staff. Each test has its own demo enterprise.
 */
class ProfileIT extends BrowserTest {

    private void loginAs(String enterprise) {
        LoginPage.open(driver, baseUrl()).loginAs(enterprise, Demo.INITIAL_PASSWORD);
        new PasswordPage(driver).awaitShown().change(Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
    }

    @Test
    void theProfileIsFilledWithFollowUpsValidatedAndKeptInTheHistory() {
        loginAs(Demo.HUTANG_HOTEL);
        ProfileEditPage form = ProfilePage.open(driver, baseUrl()).edit();
        assertFalse(form.isShown("safetyOrgName"), "follow-up fields stay hidden until 是");

        form.type("businessAddress", "常州市武进区湖塘镇花园街 18 号")
                .type("legalRepresentative", "刘国平")
                .type("principalMobile", "13915001005")
                .type("employees", "86")
                .choose("standardizationLevelId", "小微企业达标")
                .answer("safetyOrgEstablished", true, "safetyOrgName")
                .type("safetyOrgName", "安全保卫部");
        assertTrue(form.isShown("fullTimeSafetyStaff"));

        // 注册地址 (always required) is missing: refused in the page, everything typed is kept.
        form.save();
        ProfileEditPage refused = new ProfileEditPage(driver).awaitShown();
        assertTrue(refused.messageOf("registeredAddress").contains("不能为空"), refused.messageOf("registeredAddress"));
        assertAll(
                () -> assertEquals("常州市武进区湖塘镇花园街 18 号", refused.value("businessAddress")),
                () -> assertEquals("刘国平", refused.value("legalRepresentative")),
                () -> assertEquals("86", refused.value("employees")),
                () -> assertEquals("安全保卫部", refused.value("safetyOrgName")));

        // 专职安全管理人员数 (required after 是) is missing: refused by the server's rule.
        refused.type("registeredAddress", "常州市武进区湖塘镇花园街 18 号");
        refused.save();
        ProfileEditPage again = new ProfileEditPage(driver).awaitShown();
        assertTrue(again.messageOf("fullTimeSafetyStaff").contains("必须填写"), again.messageOf("fullTimeSafetyStaff"));
        assertTrue(again.globalMessages().contains("填写有误"), again.globalMessages());
        assertEquals("安全保卫部", again.value("safetyOrgName"));
        assertEquals("常州市武进区湖塘镇花园街 18 号", again.value("registeredAddress"));

        again.type("fullTimeSafetyStaff", "2");
        again.save();
        ProfilePage read = new ProfilePage(driver).awaitShown();
        assertTrue(read.pageMessages().contains("企业基本信息已保存"), read.pageMessages());
        assertAll(
                () -> assertEquals("常州市武进区湖塘镇花园街 18 号", read.value("registeredAddress")),
                () -> assertEquals("刘国平", read.value("legalRepresentative")),
                () -> assertEquals("13915001005", read.value("principalMobile")),
                () -> assertEquals("是", read.value("safetyOrgEstablished")),
                () -> assertEquals("安全保卫部", read.value("safetyOrgName")),
                () -> assertEquals("2", read.value("fullTimeSafetyStaff")),
                () -> assertEquals("小微企业达标", read.value("standardizationLevel")),
                () -> assertEquals("信息完整度：100%", read.completeness()));
        List<String> history = read.history();
        assertTrue(history.contains("注册地址|常州市武进区湖塘镇花园街 18 号|" + Demo.HUTANG_HOTEL), history.toString());
        assertTrue(history.contains("机构名称|安全保卫部|" + Demo.HUTANG_HOTEL), history.toString());
    }

    @Test
    void aPngIsAddedToTheGalleryAndARenamedExecutableIsRefused() throws IOException {
        loginAs(Demo.HUTANG_BUILDING);
        ProfilePage page = ProfilePage.open(driver, baseUrl());
        assertEquals(List.of(), page.pictureTitles());
        long filesBefore = storedFiles();

        page.upload("厂区全景图", "厂区全景", TestFiles.png("profile-it.png", 120, 80, new Color(40, 120, 200)));
        assertTrue(page.pictureMessages().contains("图片已添加"), page.pictureMessages());
        assertEquals(List.of("厂区全景图"), page.pictureTitles());
        assertTrue(page.thumbnailLoaded("厂区全景图"));
        long filesAfterPng = storedFiles();
        assertEquals(filesBefore + 2, filesAfterPng, "the picture and its thumbnail");

        page.upload("大门照片", "单位大门", TestFiles.renamedExecutable("x.jpg"));
        assertTrue(page.pictureMessages().contains("不是有效的图片"), page.pictureMessages());
        assertEquals(List.of("厂区全景图"), page.pictureTitles(), "nothing is added to the gallery");
        assertEquals(filesAfterPng, storedFiles(), "nothing is stored");
    }

    @Test
    void peopleAreAddedEditedAndDeletedAndASecondSafetyHeadIsRefused() {
        loginAs(Demo.LUOYANG_MOTOR);
        StaffSection staff = ProfilePage.open(driver, baseUrl()).staff();

        staff.add("王安民", "安全部经理", "安全负责人", "13915001015").save()
                .awaitNames(List.of("王安民"));
        staff.add("李志强", "安全员", "专职安全管理人员", "13915001016").save()
                .awaitNames(List.of("王安民", "李志强"));
        assertTrue(staff.messages().contains("人员已添加"), staff.messages());

        staff.edit("李志强").type("position", "安全主管").save();
        staff.awaitNames(List.of("王安民", "李志强"));
        assertTrue(staff.rowText("李志强").contains("安全主管"), staff.rowText("李志强"));
        assertTrue(staff.messages().contains("人员信息已修改"), staff.messages());

        String refusal = staff.add("赵第二", "副总经理", "安全负责人", "13915001017").saveRefused();
        assertTrue(refusal.contains("已有安全负责人（王安民）"), refusal);
        staff.closeDialog();
        assertEquals(List.of("王安民", "李志强"), staff.names());

        staff.delete("李志强").awaitNames(List.of("王安民"));
        assertTrue(staff.messages().contains("人员已删除"), staff.messages());
        StaffSection reloaded = ProfilePage.open(driver, baseUrl()).staff();
        assertEquals(List.of("王安民"), reloaded.names());
        assertTrue(reloaded.rowText("王安民").contains("安全负责人"), reloaded.rowText("王安民"));
    }

    /** Files stored under the test server's picture directory (all enterprises of this test). */
    private static long storedFiles() throws IOException {
        Path pictures = PayaraServer.dataDir().resolve("pictures");
        if (!Files.isDirectory(pictures)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(pictures)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
