package cn.gov.wujin.selfcheck.platform.testsupport;

import cn.gov.wujin.selfcheck.platform.files.UploadSweep;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * TESTS ONLY: runs what the hourly upload sweep runs ({@code POST /test-support/sweep-uploads}, answers
 * the number of files deleted). 404 unless test support is enabled and the request is local.
 */
@WebServlet("/test-support/sweep-uploads")
public class UploadSweepTestSupport extends LocalTestSupport {

    @Inject
    UploadSweep sweep;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(sweep.sweep());
    }
}
