package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.AutoSubmitSchedule;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * TESTS ONLY: runs what the monthly timer and the start-up catch-up run
 * ({@code POST /test-support/auto-submit}, answers the number of records submitted). 404 unless
 * {@code selfcheck.test-support.enabled=true}; local requests only.
 */
@WebServlet("/test-support/auto-submit")
public class AutoSubmitTestSupport extends HttpServlet {

    @Inject
    @ConfigProperty(name = "selfcheck.test-support.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    AutoSubmitSchedule schedule;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRemoteAddr();
        if (!enabled || !("127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(schedule.catchUp());
    }
}
