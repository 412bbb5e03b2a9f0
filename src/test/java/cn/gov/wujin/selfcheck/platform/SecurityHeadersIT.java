package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response headers of pages (issue 8, section 6): a Content-Security-Policy with PrimeFaces'
 * script nonce and no framing, nosniff, a Referrer-Policy, and nothing stored by a browser; and no
 * metrics or health details for anonymous callers. File responses: UploadSafetyIT.
 */
@ExtendWith(PayaraServer.class)
class SecurityHeadersIT {

    static void assertPageHeaders(HttpHeaders headers, String what) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), what + ": " + policies);
        assertTrue(headers.firstValue("X-Frame-Options").orElse("").equals("DENY"), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        assertTrue(headers.firstValue("Cache-Control").orElse("").contains("no-store"), what);
    }

    @Test
    void theLoginPageCarriesTheHeadersAndAScriptNonce() {
        HttpResponse<String> login = new JsfClient(PayaraServer.baseUrl()).get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertPageHeaders(login.headers(), "login page");
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElse("");
        assertTrue(scripts.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), "PrimeFaces' CSP mode: " + policies);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(login.body().contains("onclick="), "no inline handler, which the policy would not run");
    }

    @Test
    void aPageBehindTheLoginIsNeverStored() {
        JsfClient officer = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, officer.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        HttpResponse<String> home = officer.get("/officer/home.xhtml");
        assertEquals(200, home.statusCode());
        assertPageHeaders(home.headers(), "officer home");
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(home.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")));
    }

    @Test
    void staticResourcesStayCacheable() {
        HttpResponse<String> login = new JsfClient(PayaraServer.baseUrl()).get("/login.xhtml");
        String css = login.body().replaceAll("(?s).*href=\"(/jakarta\\.faces\\.resource/css/app\\.css[^\"]*)\".*", "$1")
                .replace("&amp;", "&");
        HttpResponse<String> resource = new JsfClient(PayaraServer.baseUrl()).get(css);
        assertEquals(200, resource.statusCode(), css);
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), css);
    }

    @Test
    void metricsAreNotServedAndHealthHasNoDetails() {
        JsfClient anonymous = new JsfClient(PayaraServer.baseUrl());
        HttpResponse<String> metrics = anonymous.get("/metrics?scope=base");
        assertNotEquals(200, metrics.statusCode(), metrics.body());
        assertFalse(metrics.body().contains("memory_usedHeap_bytes"), "no heap figures for anyone");
        HttpResponse<String> health = anonymous.get("/health/ready");
        assertEquals(200, health.statusCode(), "readiness still answers");
        assertTrue(health.body().contains("\"UP\""), health.body());
        assertFalse(health.body().contains("Derby"), health.body());
    }
}
