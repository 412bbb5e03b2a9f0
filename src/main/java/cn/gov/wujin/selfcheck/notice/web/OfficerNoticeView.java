package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeSummary;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ejb.EJBException;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * One notice for the officers who follow it ({@code /officer/notice.xhtml?id=}): the text, the read rate,
 * the recipients that have not read it (paged) and 一键提醒 for them.
 */
@Named
@ViewScoped
public class OfficerNoticeView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    NoticePublishing publishing;

    private Long noticeId;
    private String title;
    private String body;
    private List<AttachmentInfo> attachments;
    private NoticeSummary summary;
    private LazyDataModel<EnterpriseSummary> unread;

    public void load() {
        summary = ViewTarget.find("id", id -> publishing.summary(currentUser.scope(), id));
        if (summary == null) {
            return;
        }
        noticeId = summary.getId();
        var notice = publishing.notice(currentUser.scope(), noticeId);
        title = notice.getTitle();
        body = notice.getBody();
        attachments = publishing.attachments(currentUser.scope(), noticeId);
        unread = new PagedModel<>(() -> publishing.countUnread(currentUser.scope(), noticeId),
                (first, size) -> publishing.unread(currentUser.scope(), noticeId, first, size), row -> String.valueOf(row.getId()));
    }

    /** 一键提醒: the unread recipients get one reminder each today, however often this is clicked. */
    public void remindUnread() {
        try {
            int reminded = publishing.remindUnread(currentUser.scope(), noticeId);
            Messages.info(reminded == 0 ? "notice.remind.none" : "notice.remind.done", reminded);
        } catch (EJBException concurrentClick) {
            // Another click (another officer, another tab) reminded the same enterprises at the same moment.
            Messages.info("notice.remind.none", 0);
        }
        summary = publishing.summary(currentUser.scope(), noticeId);
    }

    public NoticeSummary getSummary() { return summary; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
    public LazyDataModel<EnterpriseSummary> getUnread() { return unread; }
}
