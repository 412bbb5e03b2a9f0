package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.OwnEnterprise;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.Headlines;
import cn.gov.wujin.selfcheck.notice.boundary.Notices;
import cn.gov.wujin.selfcheck.notice.boundary.UnreadCounts;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * 系统首页 of an enterprise: its panel, unread counts and the newest articles. Two queries per view:
 * the enterprise with its profile, and both unread counts; the article boxes are shared by everyone.
 */
@Named
@RequestScoped
public class EnterpriseHomeView {

    @Inject
    Caller currentUser;

    @Inject
    Profiles profiles;

    @Inject
    Notices notices;

    @Inject
    Headlines headlines;

    private OwnEnterprise own;
    private UnreadCounts unread;
    private Map<ArticleKind, List<ArticleHeadline>> boxes;

    @PostConstruct
    void load() {
        CallerScope caller = currentUser.scope();
        own = profiles.own(caller);
        unread = notices.countUnread(caller);
        boxes = headlines.boxes();
    }

    public Enterprise getEnterprise() {
        return own.enterprise();
    }

    public int getProfileCompleteness() {
        return own.profileCompleteness();
    }

    public long getUnreadNotices() {
        return unread.notices();
    }

    public long getUnreadReminders() {
        return unread.reminders();
    }

    public Map<ArticleKind, List<ArticleHeadline>> getHeadlines() {
        return boxes;
    }

    public List<ArticleKind> getHeadlineKinds() {
        return Headlines.BOXES;
    }
}
