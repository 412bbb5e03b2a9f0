package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.Headlines;
import cn.gov.wujin.selfcheck.notice.boundary.Notices;
import cn.gov.wujin.selfcheck.notice.boundary.UnreadCounts;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * The enterprise home page's notice pieces: both unread counts (one query per view) and the article
 * boxes (shared by everyone, see {@link Headlines}).
 */
@Named
@RequestScoped
public class HomeNotices {

    @Inject
    Caller currentUser;

    @Inject
    Notices notices;

    @Inject
    Headlines headlines;

    private UnreadCounts unread;

    public long getUnreadNotices() {
        return unread().notices();
    }

    public long getUnreadReminders() {
        return unread().reminders();
    }

    private UnreadCounts unread() {
        if (unread == null) {
            unread = notices.countUnread(currentUser.scope());
        }
        return unread;
    }

    public Map<ArticleKind, List<ArticleHeadline>> getHeadlines() {
        return headlines.boxes();
    }

    public List<ArticleKind> getHeadlineKinds() {
        return Headlines.BOXES;
    }
}
