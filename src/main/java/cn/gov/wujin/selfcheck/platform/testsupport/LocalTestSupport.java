package cn.gov.wujin.selfcheck.platform.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * TESTS ONLY: a POST endpoint that answers 404 unless {@code selfcheck.test-support.enabled=true}
 * (which the server logs loudly and which is never set in production) and the request comes from
 * the local machine.
 */
public abstract class LocalTestSupport extends HttpServlet {

    @Inject
    @ConfigProperty(name = "selfcheck.test-support.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !isLocal(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        handle(request, response);
    }

    /** What the endpoint does, for an allowed request. */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

    private static boolean isLocal(String address) {
        return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
    }
}
