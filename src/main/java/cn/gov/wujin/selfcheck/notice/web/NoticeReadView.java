package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.Inbox;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeDocument;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One 公告通知 ({@code /enterprise/notice.xhtml?id=}) or 系统提醒 ({@code /enterprise/reminder.xhtml?id=})
 * of the enterprise, marked read by opening it; another's id answers 403.
 */
@Named
@RequestScoped
public class NoticeReadView {

    @Inject
    Caller currentUser;

    @Inject
    Inbox inbox;

    private NoticeDocument notice;

    private Reminder reminder;

    public void loadNotice() {
        notice = ViewTarget.find("id", id -> inbox.openNotice(currentUser.scope(), id));
    }

    public void loadReminder() {
        reminder = ViewTarget.find("id", id -> inbox.openReminder(currentUser.scope(), id));
    }

    public NoticeDocument getNotice() {
        return notice;
    }

    public Reminder getReminder() {
        return reminder;
    }
}
