package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.platform.testsupport.LocalTestSupport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * TESTS AND BENCHMARKS ONLY: {@code POST /test-support/drafts?tag=T&count=30000&period=2027-01} makes
 * that many enterprises each holding a draft ({@link DraftGenerator}) and answers the number made;
 * {@code POST /test-support/drafts?tag=T} alone answers what became of them
 * ({@code drafts=… autoSubmittedOnce=… other=…}); {@code ?tag=T&hazards=100000} makes one enterprise with
 * that many hazards and answers its id (the ledger export benchmark). 404 unless test support is enabled and the request
 * is local (see {@link LocalTestSupport}). Used by {@code bench/AutoSubmitBenchmark}.
 */
@WebServlet("/test-support/drafts")
public class DraftGeneratorTestSupport extends LocalTestSupport {

    @Inject
    DraftGenerator generator;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = request.getParameter("tag");
        if (tag == null || !tag.matches("[A-Za-z0-9]{1,20}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain");
        try {
            if (request.getParameter("hazards") != null) {
                int hazards = Integer.parseInt(request.getParameter("hazards"));
                if (hazards < 1 || hazards > 200_000) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                response.getWriter().print(generator.generateHazards(tag, hazards));
                return;
            }
            if (request.getParameter("count") == null) {
                response.getWriter().print(generator.count(tag));
                return;
            }
            int count = Integer.parseInt(request.getParameter("count"));
            YearMonth period = YearMonth.parse(request.getParameter("period"));
            if (count < 1 || count > 100_000) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            response.getWriter().print(generator.generate(tag, count, period));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
