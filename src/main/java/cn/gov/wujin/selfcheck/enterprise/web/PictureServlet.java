package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.platform.files.FileResponses;
import cn.gov.wujin.selfcheck.platform.files.StoredFile;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sends a picture or its thumbnail ({@code /picture?id=…&thumb=true}) only to a logged-in caller
 * whose scope covers the picture's enterprise; anyone else gets 403 (web.xml keeps anonymous callers out).
 */
@WebServlet("/picture")
public class PictureServlet extends HttpServlet {

    @Inject
    Caller currentUser;

    @Inject
    Pictures pictures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!currentUser.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StoredFile file;
        try {
            file = pictures.open(currentUser.scope(), id, "true".equals(request.getParameter("thumb")));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FileResponses.send(response, file.path(), file.mediaType());
    }
}
