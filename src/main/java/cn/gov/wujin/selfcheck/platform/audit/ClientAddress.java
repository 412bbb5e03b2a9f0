package cn.gov.wujin.selfcheck.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The client address of the request this thread serves, for the audit rows its boundaries write
 * (boundaries are called on the request's thread; a timer or a batch job has none, and its rows say
 * so by an empty address). The address is the connection's: behind a reverse proxy, configure the
 * server to take the forwarded address (server-config/README.md).
 */
@WebFilter(filterName = "ClientAddress", urlPatterns = "/*")
public class ClientAddress extends HttpFilter {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The address of the request being served on this thread, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
