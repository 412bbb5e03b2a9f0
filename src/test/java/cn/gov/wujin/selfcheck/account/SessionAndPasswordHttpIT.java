package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the login claims and nothing else proved (issue 8): a new session id, 密码修改 from the top bar. */
@ExtendWith(IsolatedServer.class)
class SessionAndPasswordHttpIT {

    /** Passes the letters-and-digits rule and any estimator of weak passwords. */
    private static final String STRONG_PASSWORD = "Wj#2026-Anquan-Xc";

    @Test
    void theSessionIdChangesAtLogin() {
        JsfClient client = new JsfClient(IsolatedServer.baseUrl());
        client.get("/login.xhtml");
        client.get("/captcha.png");
        String before = client.cookie("JSESSIONID");
        assertNotNull(before, "the login page (its captcha) opens a session");

        HttpResponse<String> login = client.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);

        assertEquals(302, login.statusCode());
        String after = client.cookie("JSESSIONID");
        assertNotNull(after);
        assertNotEquals(before, after, "a session fixed before the login must not carry it");
        assertEquals(200, client.get("/officer/home.xhtml").statusCode(), "the new session is logged in");
    }

    @Test
    void aLoggedInUserChangesThePasswordFromTheTopBarAndLogsInWithTheNewOne() {
        String name = Demo.XIHU_ROADS;
        JsfClient client = new JsfClient(IsolatedServer.baseUrl());
        client.loginEnterprise(name, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        String home = client.follow("/").body();
        Matcher link = Pattern.compile("<a id=\"passwordLink\"[^>]*href=\"([^\"]+)\"").matcher(home);
        assertTrue(link.find(), "the top bar has the 密码修改 link");

        HttpResponse<String> page = client.get(link.group(1));
        assertEquals(200, page.statusCode());
        HttpResponse<String> changed = client.postForm("/account/password.xhtml", page.body(), "password", Map.of(
                "password:current", Demo.NEW_PASSWORD, "password:newPassword", STRONG_PASSWORD,
                "password:confirmation", STRONG_PASSWORD, "password:save", ""));
        assertEquals(302, changed.statusCode(), changed.body());

        JsfClient again = new JsfClient(IsolatedServer.baseUrl());
        HttpResponse<String> oldOne = again.login(name, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertNotEquals(302, oldOne.statusCode(), "the old password no longer logs in");
        HttpResponse<String> newOne = again.login(name, STRONG_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(302, newOne.statusCode());
        assertTrue(newOne.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"),
                "straight in, no forced change");
        assertTrue(again.follow("/").body().contains(name));
    }
}
