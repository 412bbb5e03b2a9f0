package cn.gov.wujin.selfcheck.platform.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * TESTS ONLY: answers every request with an unexpected server error ({@code POST /test-support/fail}),
 * so that a test can see the 500 page a user gets. Answers 404 unless test support is enabled and the
 * request is local (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/fail")
public class FailureServlet extends LocalTestSupport {

    /** The exception's message, which must never reach the user. */
    public static final String SECRET = "provoked by test support: com.example.Secret at line 42";

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException(SECRET);
    }
}
