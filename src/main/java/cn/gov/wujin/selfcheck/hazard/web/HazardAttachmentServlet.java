package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.HazardAttachments;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends an attachment of a hazard's trail ({@code /hazard-attachment?id=…}) as a download under its
 * name, to a caller whose scope covers the hazard's enterprise; anyone else gets 403.
 */
@WebServlet("/hazard-attachment")
public class HazardAttachmentServlet extends FileServlet {

    @Inject
    HazardAttachments attachments;

    @Override
    protected Download lookUp(HttpServletRequest request) {
        HazardAttachments.Download found = attachments.open(caller(), idParameter(request, "id"));
        return Download.attachment(found.file(), found.fileName());
    }
}
