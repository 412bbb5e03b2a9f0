package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.JsfView;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people editing the same profile or staff entry (issue 8, lost updates): the first save wins,
 * the second, from a form loaded before it, is refused with a message and keeps its input.
 */
@ExtendWith(IsolatedServer.class)
class ConcurrentEditIT {

    private static final Pattern STALE = Pattern.compile(
            "该记录已被他人修改（\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}，([^）]+)），请刷新后重新编辑；您填写的内容已保留");

    private static JsfClient enterprise(String name) {
        JsfClient client = new JsfClient(IsolatedServer.baseUrl());
        client.loginEnterprise(name, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        return client;
    }

    private static JsfClient officer(String login) {
        JsfClient client = new JsfClient(IsolatedServer.baseUrl());
        assertEquals(302, client.login(login, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        return client;
    }

    private static Map<String, String> profileForm(String html, String registeredAddress) {
        Map<String, String> form = JsfClient.formValues(html, "profile");
        form.put("profile:registeredAddress", registeredAddress);
        form.put("profile:businessAddress", "常州市武进区湖塘镇并发路 8 号");
        form.put("profile:legalRepresentative", "并发测试");
        form.put("profile:principalMobile", "13912345678");
        form.put("profile:employees", "35");
        form.put("profile:save", "");
        return form;
    }

    @Test
    void whenTheEnterpriseSavesItsProfileFirstTheOfficersStaleSaveIsRefusedAndKeepsTheOfficersInput() {
        String name = Demo.HUTANG_HOTEL;
        JsfClient enterprise = enterprise(name);
        JsfClient officer = officer(Demo.TOWN_HUTANG);
        String id = new Boundary(IsolatedServer.baseUrl()).ok(Demo.DISTRICT, "enterprise.find", "enterprise", name);
        HttpResponse<String> own = enterprise.get("/enterprise/profile-edit.xhtml");
        HttpResponse<String> theirs = officer.get("/officer/enterprise-edit.xhtml?id=" + id);
        assertEquals(200, own.statusCode());
        assertEquals(200, theirs.statusCode());

        HttpResponse<String> first = enterprise.postForm("/enterprise/profile-edit.xhtml", own.body(), "profile",
                profileForm(own.body(), "企业填写的注册地址 1 号"));
        HttpResponse<String> second = officer.postForm("/officer/enterprise-edit.xhtml", theirs.body(), "profile",
                profileForm(theirs.body(), "镇安监办填写的注册地址 2 号"));

        assertEquals(302, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), "the refused form stays on the page");
        Matcher message = STALE.matcher(second.body());
        assertTrue(message.find(), second.body());
        assertEquals(name, message.group(1), "the message names who saved first");
        assertTrue(second.body().contains("value=\"镇安监办填写的注册地址 2 号\""), "the officer's input is kept");
        String stored = officer.get("/officer/enterprise.xhtml?id=" + id).body();
        assertTrue(stored.contains("企业填写的注册地址 1 号"), "the first save is stored");
        assertFalse(stored.contains("镇安监办填写的注册地址 2 号"));

        HttpResponse<String> reloaded = officer.get("/officer/enterprise-edit.xhtml?id=" + id);
        HttpResponse<String> again = officer.postForm("/officer/enterprise-edit.xhtml", reloaded.body(), "profile",
                profileForm(reloaded.body(), "镇安监办填写的注册地址 2 号"));
        assertEquals(302, again.statusCode(), "after a reload the officer's save goes through");
    }

    private static String editButton(String html) {
        Matcher button = Pattern.compile("<button([^>]*staff-edit[^>]*)>").matcher(html);
        assertTrue(button.find(), "no 编辑 button of a staff entry");
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(button.group(1));
        assertTrue(id.find());
        return id.group(1);
    }

    /** Opens the staff dialog of the first entry in a tab and returns its fields with another position. */
    private static Map<String, String> startEdit(JsfView tab, String position) {
        String button = editButton(tab.html());
        JsfView.Partial dialog = tab.click("staff", button, button, "staffForm", Map.of());
        Map<String, String> fields = JsfClient.formValues(dialog.update("staffForm"), "staffForm");
        assertEquals("王安全", fields.get("staffForm:name"));
        fields.put("staffForm:position", position);
        return fields;
    }

    @Test
    void whenOneTabSavesAStaffEntryFirstTheOtherTabsStaleSaveIsRefusedAndKeepsItsInput() {
        String name = Demo.HUTANG_BUILDING;
        JsfClient client = enterprise(name);
        Boundary boundary = new Boundary(IsolatedServer.baseUrl());
        String staffId = boundary.ok(name, "staff.add", "enterprise", name, "name", "王安全");
        JsfView first = JsfView.open(client, "/enterprise/profile.xhtml");
        JsfView second = JsfView.open(client, "/enterprise/profile.xhtml");
        Map<String, String> firstFields = startEdit(first, "第一个标签页的岗位");
        Map<String, String> secondFields = startEdit(second, "第二个标签页的岗位");

        JsfView.Partial saved = first.click("staffForm", "staffForm:saveStaff", "staffForm", "staffForm staff", firstFields);
        JsfView.Partial refused = second.click("staffForm", "staffForm:saveStaff", "staffForm", "staffForm staff", secondFields);

        assertTrue(saved.update("staff").contains("第一个标签页的岗位"), saved.body());
        String dialog = refused.update("staffForm");
        Matcher message = STALE.matcher(dialog);
        assertTrue(message.find(), dialog);
        assertEquals(name, message.group(1));
        assertTrue(dialog.contains("value=\"第二个标签页的岗位\""), "the second tab's input is kept");
        assertEquals("王安全 第一个标签页的岗位", boundary.ok(name, "staff.data", "id", staffId));
    }
}
