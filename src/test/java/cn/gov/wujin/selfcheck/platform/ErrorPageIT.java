package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unexpected server error reaches the user as the Chinese 500 page, never as a stack trace. */
@ExtendWith(IsolatedServer.class)
class ErrorPageIT {

    @Test
    void aServerErrorShowsTheChinese500PageWithoutAStackTrace() {
        HttpResponse<String> failed = new JsfClient(IsolatedServer.baseUrl()).post("/test-support/fail");

        assertEquals(500, failed.statusCode());
        String page = failed.body();
        assertTrue(page.contains("id=\"error-500\""), page);
        assertTrue(page.contains("系统出现错误"), page);
        assertTrue(page.contains("0519-86312110"), "whom to call");
        assertFalse(page.contains("IllegalStateException"), page);
        assertFalse(page.contains("com.example.Secret"), "the exception's message stays in the log");
        assertFalse(page.contains("at cn.gov.wujin"), "no stack trace");
    }
}
