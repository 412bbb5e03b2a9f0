package cn.gov.wujin.selfcheck.platform.faces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Redirects from outside JSF (filters, authentication) that also work for a JSF AJAX request,
 * which ignores an HTTP redirect and needs a partial-response redirect instead.
 */
public final class Redirects {

    private Redirects() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"" + url.replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"></redirect></partial-response>");
            response.flushBuffer();
        } else {
            response.sendRedirect(url);
        }
    }
}
