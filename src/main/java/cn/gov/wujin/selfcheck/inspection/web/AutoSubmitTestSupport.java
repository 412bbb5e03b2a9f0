package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.platform.testsupport.LocalTestSupport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * TESTS ONLY: runs what the monthly timer and the start-up catch-up run, {@link Inspections#autoSubmitDue()}
 * ({@code POST /test-support/auto-submit}, answers the number of records submitted). Called on the
 * boundary itself, not through the schedule (a singleton that admits one caller at a time), so that
 * two requests overlap as two cluster members' runs do. 404 unless test support is enabled and the
 * request is local (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/auto-submit")
public class AutoSubmitTestSupport extends LocalTestSupport {

    @Inject
    Inspections inspections;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(inspections.autoSubmitDue());
    }
}
