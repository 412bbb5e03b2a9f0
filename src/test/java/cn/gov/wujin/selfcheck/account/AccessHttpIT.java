package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same refusals at the HTTP level, where no page hides a button. */
@ExtendWith(PayaraServer.class)
class AccessHttpIT {

    private final JsfClient client = new JsfClient(PayaraServer.baseUrl());

    @Test
    void protectedPagesSendAnonymousCallersToTheLogin() {
        for (String page : new String[]{"/enterprise/home.xhtml", "/officer/home.xhtml", "/account/password.xhtml", "/index.xhtml"}) {
            HttpResponse<String> response = client.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
    }

    @Test
    void withTheInitialPasswordEveryPageLeadsToThePasswordChange() {
        HttpResponse<String> login = client.login(Demo.NIUTANG_LIGHT, Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));

        HttpResponse<String> home = client.get("/enterprise/home.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));
    }

    @Test
    void anEnterpriseSessionIsRefusedOfficerPagesWith403() {
        client.login(Demo.NIUTANG_RESTAURANT, Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<String> page = client.get("/account/password.xhtml");
        HttpResponse<String> changed = client.postForm("/account/password.xhtml", page.body(), "password", Map.of(
                "password:current", Demo.INITIAL_PASSWORD,
                "password:newPassword", Demo.NEW_PASSWORD,
                "password:confirmation", Demo.NEW_PASSWORD,
                "password:save", ""));
        assertEquals(302, changed.statusCode(), changed.body());

        HttpResponse<String> officer = client.get("/officer/home.xhtml");
        assertEquals(403, officer.statusCode());
        assertTrue(officer.body().contains("无权访问"));
        assertFalse(officer.body().contains(Demo.NIUTANG_CHEMICALS), "no enterprise list leaks into the refusal");

        HttpResponse<String> admin = client.get("/admin/anything.xhtml");
        assertEquals(403, admin.statusCode());
    }

    @Test
    void aWrongCaptchaIsRefusedWithTheDefaultRule() {
        HttpResponse<String> response = client.login(Demo.ADMIN, Demo.OFFICER_PASSWORD, "XXXX");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("验证码错误"));
        assertEquals(302, client.get("/officer/home.xhtml").statusCode(), "still anonymous");
    }

    @Test
    void loggedInCallersKeepTheirRoleUnderConcurrentRequests() throws Exception {
        // Payara's @AutoApplySession lost the groups under load and answered 403 (FISH-7515).
        int sessions = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<Integer>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                results.add(pool.submit(() -> {
                    JsfClient officer = new JsfClient(PayaraServer.baseUrl());
                    assertEquals(302, officer.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
                    java.util.List<Integer> statuses = new java.util.ArrayList<>();
                    for (int request = 0; request < 25; request++) {
                        statuses.add(officer.get("/officer/home.xhtml").statusCode());
                    }
                    return statuses;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<Integer>> result : results) {
                assertEquals(java.util.Collections.nCopies(25, 200), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theReadinessCheckReportsTheDatabaseWithoutDetails() {
        HttpResponse<String> health = client.get("/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertFalse(health.body().contains("Derby"), "the product only with selfcheck.health.details: " + health.body());
    }

    @Test
    void logoutOnlyAcceptsPostAndEndsTheSession() {
        assertEquals(302, client.login(Demo.ADMIN, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        assertEquals(200, client.get("/officer/home.xhtml").statusCode());

        assertEquals(405, client.get("/logout").statusCode());
        assertEquals(302, client.post("/logout").statusCode());

        assertEquals(302, client.get("/officer/home.xhtml").statusCode());
    }
}
