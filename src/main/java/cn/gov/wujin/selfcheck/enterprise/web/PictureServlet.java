package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends a picture or its thumbnail ({@code /picture?id=…&thumb=true}) only to a logged-in caller
 * whose scope covers the picture's enterprise; anyone else gets 403 (web.xml keeps anonymous callers out).
 */
@WebServlet("/picture")
public class PictureServlet extends FileServlet {

    @Inject
    Pictures pictures;

    @Override
    protected Download lookUp(HttpServletRequest request) {
        long id = idParameter(request, "id");
        return Download.inline(pictures.open(caller(), id, "true".equals(request.getParameter("thumb"))));
    }
}
