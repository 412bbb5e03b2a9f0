package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages that show what their {@code ?id=} designates (platform.faces.ViewTarget) answer the same 403
 * for a missing, blank, malformed or unknown id as for one outside the caller's scope.
 */
@ExtendWith(PayaraServer.class)
class ViewTargetHttpIT {

    private static final List<String> PAGES = List.of("/officer/enterprise.xhtml", "/officer/enterprise-edit.xhtml",
            "/officer/major-hazard.xhtml");

    @Test
    void aMissingMalformedOrUnknownIdAnswers403OnEveryOfficerPage() {
        JsfClient district = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, district.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        for (String page : PAGES) {
            for (String query : List.of("", "?id=", "?id=abc", "?id=1.5", "?id=999999999", "?id=99999999999999999999")) {
                assertEquals(403, district.get(page + query).statusCode(), page + query);
            }
        }
    }
}
