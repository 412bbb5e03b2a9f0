package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * The screenshots of the help articles ({@code help-image?name=login.png}), from the application's own
 * resources: a name of lower-case letters, digits and dashes only, so that it can name no other file;
 * for logged-in users (the login page's own picture is public anyway), cached for a day.
 */
@WebServlet({"/help-image", "/officer/help-image", "/enterprise/help-image"})
public class HelpImageServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.png");

    @Inject
    Caller currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = request.getParameter("name");
        if (name == null || !NAME.matcher(name).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = HelpImageServlet.class.getResourceAsStream("/help/images/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType("image/png");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, max-age=86400");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
