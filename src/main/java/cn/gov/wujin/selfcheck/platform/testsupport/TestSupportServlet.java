package cn.gov.wujin.selfcheck.platform.testsupport;

import cn.gov.wujin.selfcheck.platform.time.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * TESTS ONLY: sets the application clock ({@code POST /test-support/clock?now=2026-11-25T02:00}).
 * Answers 404 unless {@code selfcheck.test-support.enabled=true}, which the server logs loudly and
 * which is never set in production. Accepts only requests from the local machine.
 */
@WebServlet("/test-support/clock")
public class TestSupportServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "selfcheck.test-support.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ClockProducer clocks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !isLocal(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            clocks.setNow(LocalDateTime.parse(request.getParameter("now")));
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static boolean isLocal(String address) {
        return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
    }
}
