package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.pages.LoginAttemptsPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every login attempt is recorded: user name tried, time, client IP, outcome; the log is the administrator's. */
class LoginAuditIT extends BrowserTest {

    @Test
    void theAdministratorSeesEachAttemptWithItsOutcomeAndAddress() {
        JsfClient someone = new JsfClient(baseUrl());
        someone.login(Demo.TOWN_NIUTANG, Demo.OFFICER_PASSWORD, "WRONG");
        someone.login(Demo.TOWN_NIUTANG, "not-the-password", PayaraServer.CAPTCHA);
        someone.login("不存在的单位" + System.nanoTime(), "whatever1", PayaraServer.CAPTCHA);
        someone.login(Demo.TOWN_NIUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);

        LoginPage.open(driver, baseUrl()).loginAs(Demo.ADMIN, Demo.OFFICER_PASSWORD);
        new OfficerHomePage(driver).awaitShown();
        LoginAttemptsPage log = LoginAttemptsPage.open(driver, baseUrl());
        log.search(Demo.TOWN_NIUTANG);

        List<String> outcomes = log.outcomes();
        assertEquals(List.of("登录成功", "密码错误", "验证码错误"), outcomes.subList(0, 3), outcomes.toString());
        assertEquals("127.0.0.1", log.ips().get(0));
    }

    @Test
    void nobodyElseMayReadTheLog() {
        JsfClient town = new JsfClient(baseUrl());
        town.login(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(403, town.get("/admin/login-attempts.xhtml").statusCode());
    }
}
