package cn.gov.wujin.selfcheck.platform.testsupport;

import cn.gov.wujin.selfcheck.platform.time.DailySchedule;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * TESTS ONLY: {@code POST /test-support/daily?task=not-inspected} runs one daily task now, as its timer
 * does (with the clock the test set), and answers how many things it did; 404 for an unknown task.
 * 404 unless test support is enabled and the request is local (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/daily")
public class DailyTaskTestSupport extends LocalTestSupport {

    @Inject
    DailySchedule schedule;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> done = schedule.runOne(String.valueOf(request.getParameter("task")));
        if (done.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(String.valueOf(done.get()).getBytes(StandardCharsets.UTF_8));
    }
}
