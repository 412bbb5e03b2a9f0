package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 单位管理 and 账号管理 at their boundaries: every scope refusal is the boundary's own (called through
 * the test support, nothing in front of it); disabling, resetting and changing a scope end the open
 * sessions at their next request; the audit rows of each action.
 */
@ExtendWith(PayaraServer.class)
class EnterpriseAccountsIT {

    /** A demo enterprise used only as a caller whose calls are all refused (its data stays untouched). */
    private static final String ENTERPRISE = Demo.XIHU_ROADS;

    private final Boundary boundary = new Boundary(PayaraServer.baseUrl());
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    @Test
    void eachScopeRefusalIsTheBoundarysOwn() {
        String name = "管理测试" + run + "湖塘公司";
        String code = ImportFiles.creditCode();
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "registry.create", "name", name, "code", code, "town", "NIUTANG"),
                "a town officer registers only in its town");
        assertEquals(Boundary.DENIED, boundary.call(Demo.INDUSTRY_YJGL, "registry.create", "name", name, "code", code, "town", "HUTANG",
                "department", "GXJ"), "an industry officer only in its department");
        assertEquals(Boundary.DENIED, boundary.call(ENTERPRISE, "registry.create", "name", name, "code", code, "town", "XIHU"));
        assertEquals("INVALID creditCode", boundary.call(Demo.TOWN_HUTANG, "registry.create", "name", name,
                "code", ImportFiles.withWrongCheck(code), "town", "HUTANG"));
        assertEquals("INVALID typeId", boundary.call(Demo.TOWN_HUTANG, "registry.create", "name", name, "code", code,
                "town", "HUTANG", "type", "GM"), "a category is not a subtype");
        assertTrue(boundary.ok(Demo.TOWN_HUTANG, "registry.create", "name", name, "code", code, "town", "HUTANG").endsWith(" 123456"));
        assertEquals("INVALID name", boundary.call(Demo.DISTRICT, "registry.create", "name", name, "code", ImportFiles.creditCode(), "town", "HUTANG"));
        assertEquals("INVALID creditCode", boundary.call(Demo.DISTRICT, "registry.create", "name", name + "二", "code", code, "town", "HUTANG"));

        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "registry.row", "enterprise", name));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "registry.setActive", "enterprise", name, "active", "false",
                "loadAs", Demo.TOWN_HUTANG));
        assertEquals(Boundary.DENIED, boundary.call(ENTERPRISE, "registry.setActive", "enterprise", name, "active", "false",
                "loadAs", Demo.TOWN_HUTANG));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "registry.resetPassword", "enterprise", name));
        assertEquals(Boundary.DENIED, boundary.call(ENTERPRISE, "registry.resetPassword", "enterprise", name));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "profile.moveTown", "enterprise", name, "town", "NIUTANG"),
                "a town officer cannot move an enterprise out of its town");
        assertEquals("NOT_ACTIVATED ACTIVE 湖塘镇", boundary.ok(Demo.TOWN_HUTANG, "registry.row", "enterprise", name), "still in 湖塘镇");
        assertEquals("0", boundary.ok(Demo.TOWN_NIUTANG, "registry.count", "keyword", name));
        assertEquals("1", boundary.ok(Demo.TOWN_HUTANG, "registry.count", "keyword", code), "found by its credit code");

        // Imports: INDUSTRY officers and enterprises do not import; another town sees none of 湖塘's.
        String csv = Base64.getEncoder().encodeToString(ImportFiles.csv(List.of(ImportFiles.row("管理测试" + run + "导入公司",
                ImportFiles.creditCode(), "湖塘镇", "机械")), StandardCharsets.UTF_8));
        assertEquals(Boundary.DENIED, boundary.call(Demo.INDUSTRY_YJGL, "import.upload", "content", csv, "noLaunch", "true"));
        assertEquals(Boundary.DENIED, boundary.call(ENTERPRISE, "import.upload", "content", csv, "noLaunch", "true"));
        String id = boundary.ok(Demo.TOWN_HUTANG, "import.upload", "content", csv, "noLaunch", "true").strip();
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "import.view", "id", id));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "import.rejects", "id", id));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "import.notices", "id", id));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_NIUTANG, "import.continue", "id", id));
        assertEquals(Boundary.DENIED, boundary.call(Demo.INDUSTRY_YJGL, "import.view", "id", id));
        assertEquals("REFUSED import.continue.notInterrupted", boundary.call(Demo.TOWN_HUTANG, "import.continue", "id", id),
                "a queued import whose heartbeat is fresh is not interrupted");
        assertTrue(boundary.ok(Demo.DISTRICT, "import.view", "id", id).startsWith("QUEUED"));

        // Officer accounts are the administrator's; the audit log is the administrator's and the district's.
        assertEquals(Boundary.DENIED, boundary.call(Demo.DISTRICT, "officer.create", "username", "x" + run, "role", "TOWN", "town", "HUTANG"));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "officer.setActive", "username", Demo.TOWN_NIUTANG, "active", "false"));
        assertEquals(Boundary.DENIED, boundary.call(Demo.DISTRICT, "officer.reset", "username", Demo.TOWN_NIUTANG));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "officer.changeScope", "username", Demo.TOWN_HUTANG, "role", "DISTRICT"));
        assertEquals(Boundary.DENIED, boundary.call(Demo.DISTRICT, "officer.count"));
        assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "audit.count"));
        assertEquals(Boundary.DENIED, boundary.call(Demo.INDUSTRY_YJGL, "audit.count"));
        assertEquals(Boundary.DENIED, boundary.call(ENTERPRISE, "audit.count"));
        assertNotEquals("0", boundary.ok(Demo.DISTRICT, "audit.count"));
        assertEquals("REFUSED officer.disable.self", boundary.call(Demo.ADMIN, "officer.setActive", "username", Demo.ADMIN, "active", "false"));
    }

    @Test
    void disablingResettingAndChangingAScopeEndTheOpenSessions() {
        String name = "管理测试" + run + "会话公司";
        boundary.ok(Demo.TOWN_HUTANG, "registry.create", "name", name, "code", ImportFiles.creditCode(), "town", "HUTANG");
        JsfClient enterprise = new JsfClient(PayaraServer.baseUrl());
        enterprise.loginEnterprise(name, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(200, enterprise.get("/enterprise/home.xhtml").statusCode());

        boundary.ok(Demo.TOWN_HUTANG, "registry.setActive", "enterprise", name, "active", "false");
        assertEndedAtNextRequest(enterprise, "/enterprise/home.xhtml");
        assertEquals("DISABLED DISABLED 湖塘镇", boundary.ok(Demo.TOWN_HUTANG, "registry.row", "enterprise", name));
        assertEquals(200, enterprise.login(name, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA).statusCode(), "a disabled login is refused");

        boundary.ok(Demo.TOWN_HUTANG, "registry.setActive", "enterprise", name, "active", "true");
        HttpResponse<String> again = enterprise.login(name, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(302, again.statusCode(), "enabled again, its own password works");
        assertEquals(200, enterprise.get("/enterprise/home.xhtml").statusCode());

        assertEquals("123456", boundary.ok(Demo.TOWN_HUTANG, "registry.resetPassword", "enterprise", name));
        assertEndedAtNextRequest(enterprise, "/enterprise/home.xhtml");
        HttpResponse<String> reset = enterprise.login(name, Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA);
        assertTrue(reset.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"), "must change it again");

        // An officer: created by the administrator with a one-time password; a new scope holds at once.
        String officer = "t" + run;
        String password = boundary.ok(Demo.ADMIN, "officer.create", "username", officer, "displayName", "测试镇办" + run,
                "role", "TOWN", "town", "HUTANG");
        assertEquals(10, password.length(), "a generated one-time password: " + password);
        JsfClient town = new JsfClient(PayaraServer.baseUrl());
        town.loginEnterprise(officer, password, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertTrue(town.get("/officer/home.xhtml").body().contains("湖塘镇"));
        boundary.ok(Demo.ADMIN, "officer.changeScope", "username", officer, "role", "TOWN", "town", "NIUTANG");
        assertEndedAtNextRequest(town, "/officer/home.xhtml");
        assertEquals(302, town.login(officer, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        String home = town.get("/officer/home.xhtml").body();
        assertTrue(home.contains("牛塘镇") && !home.contains(">湖塘镇<"), "the new scope");
        assertEquals(Boundary.DENIED, boundary.call(officer, "registry.row", "enterprise", name), "湖塘's enterprise is out of its scope now");
        boundary.ok(Demo.ADMIN, "officer.setActive", "username", officer, "active", "false");
        assertEndedAtNextRequest(town, "/officer/home.xhtml");

        // The audit rows of each.
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ENTERPRISE_DISABLED", "target", name).startsWith("hutang|TOWN|127.0.0.1|" + name));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ACCOUNT_DISABLED", "target", name).startsWith("hutang|TOWN"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ENTERPRISE_ENABLED", "target", name).startsWith("hutang|TOWN"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ACCOUNT_ENABLED", "target", name).startsWith("hutang|TOWN"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "PASSWORD_RESET", "target", name).startsWith("hutang|TOWN"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "LOGIN_REFUSED", "target", name).endsWith("|DISABLED"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ACCOUNT_CREATED", "target", officer).contains("TOWN 湖塘镇"));
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "ACCOUNT_SCOPE_CHANGED", "target", officer)
                .endsWith("TOWN 湖塘镇 → TOWN 牛塘镇"));
        assertTrue(boundary.ok(Demo.DISTRICT, "audit.newest", "action", "ACCOUNT_DISABLED", "target", officer).startsWith("admin|ADMIN"));
    }

    @Test
    void anOfficersCorrectionOfFixedFieldsIsAuditedAndRenamesTheLogin() {
        String name = "管理测试" + run + "改名公司";
        boundary.ok(Demo.TOWN_HUTANG, "registry.create", "name", name, "code", ImportFiles.creditCode(), "town", "HUTANG");
        boundary.ok(Demo.TOWN_HUTANG, "profile.save", "enterprise", name, "name", name + "新");
        assertTrue(boundary.ok(Demo.DISTRICT, "audit.newest", "action", "FIXED_FIELDS_CHANGED", "target", name + "新")
                .contains("name: " + name + " → " + name + "新"));
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        HttpResponse<String> login = client.login(name + "新", Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"), "the login has the new name");
        assertEquals(200, client.login(name, Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA).statusCode(), "not the old one");
    }

    private static void assertEndedAtNextRequest(JsfClient client, String page) {
        HttpResponse<String> response = client.get(page);
        assertEquals(302, response.statusCode(), "the session ended");
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?ended=true"),
                response.headers().firstValue("Location").orElse(""));
    }
}
