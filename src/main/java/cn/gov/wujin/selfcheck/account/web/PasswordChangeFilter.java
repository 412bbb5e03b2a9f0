package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.FormAuthenticationMechanism;
import cn.gov.wujin.selfcheck.platform.faces.Redirects;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;

/**
 * Until a user with the initial password has set a new one, every page but the password page
 * (and the resources it needs) leads there.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    public static final String PAGE = "/account/password.xhtml";

    private static final List<String> ALLOWED = List.of(PAGE, FormAuthenticationMechanism.LOGIN_PAGE,
            "/logout", "/captcha.png", "/jakarta.faces.resource/", "/resources/", "/health");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(LoginView.MUST_CHANGE_PASSWORD))
                && request.getUserPrincipal() != null && !allowed(request)) {
            Redirects.send(request, response, request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream().anyMatch(path::startsWith);
    }
}
