package cn.gov.wujin.selfcheck.platform.testsupport;

import cn.gov.wujin.selfcheck.platform.time.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * TESTS ONLY: sets the application clock ({@code POST /test-support/clock?now=2026-11-25T02:00}).
 * Answers 404 unless test support is enabled and the request is local (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/clock")
public class TestSupportServlet extends LocalTestSupport {

    @Inject
    ClockProducer clocks;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            clocks.setNow(LocalDateTime.parse(request.getParameter("now")));
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
