package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.Inbox;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends an attachment of a 公告通知 ({@code /notice-attachment?id=…}) under its name, to a recipient of
 * the notice or an officer who follows it; anyone else gets 403, whatever id they try.
 */
@WebServlet("/notice-attachment")
public class NoticeAttachmentServlet extends FileServlet {

    @Inject
    Inbox inbox;

    @Override
    protected Download lookUp(HttpServletRequest request) {
        Inbox.Download found = inbox.attachment(caller(), idParameter(request, "id"));
        return Download.attachment(found.content(), found.mediaType(), found.fileName());
    }
}
