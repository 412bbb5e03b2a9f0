package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends a hazard photo or its thumbnail: a saved one ({@code /hazard-photo?id=…}) to a caller whose scope
 * covers its enterprise, one just uploaded in the dialog ({@code ?key=…}) only to its own enterprise.
 * Anyone else gets 403 (web.xml keeps anonymous callers out).
 */
@WebServlet("/hazard-photo")
public class HazardPhotoServlet extends FileServlet {

    @Inject
    HazardPhotos photos;

    @Override
    protected Download lookUp(HttpServletRequest request) {
        boolean thumbnail = "true".equals(request.getParameter("thumb"));
        String key = request.getParameter("key");
        if (key != null) {
            Long enterprise = request.getParameter("enterprise") == null ? null : idParameter(request, "enterprise");
            return Download.inline(photos.openUploaded(caller(), enterprise, key, thumbnail));
        }
        return Download.inline(photos.open(caller(), idParameter(request, "id"), thumbnail));
    }
}
