package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
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
 * Sends a hazard photo or its thumbnail: a saved one ({@code /hazard-photo?id=…}) to a caller whose scope
 * covers its enterprise, one just uploaded in the dialog ({@code ?key=…}) only to its own enterprise.
 * Anyone else gets 403 (web.xml keeps anonymous callers out).
 */
@WebServlet("/hazard-photo")
public class HazardPhotoServlet extends HttpServlet {

    @Inject
    Caller currentUser;

    @Inject
    HazardPhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean thumbnail = "true".equals(request.getParameter("thumb"));
        StoredFile photo;
        try {
            String key = request.getParameter("key");
            if (key != null) {
                photo = photos.openUploaded(currentUser.scope(), key, thumbnail);
            } else {
                photo = photos.open(currentUser.scope(), Long.valueOf(request.getParameter("id")), thumbnail);
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FileResponses.send(response, photo.path(), photo.mediaType());
    }
}
