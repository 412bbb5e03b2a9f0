package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.Notices;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 系统首页 of an enterprise: its panel, unread counts and the newest articles. */
@Named
@RequestScoped
public class EnterpriseHomeView {

    static final int HEADLINES = 6;

    @Inject
    Caller currentUser;

    @Inject
    Enterprises enterprises;

    @Inject
    Notices notices;

    @Inject
    cn.gov.wujin.selfcheck.enterprise.boundary.Profiles profiles;

    private int profileCompleteness;

    private Enterprise enterprise;
    private long unreadNotices;
    private long unreadReminders;
    private final Map<ArticleKind, List<ArticleHeadline>> headlines = new EnumMap<>(ArticleKind.class);

    @PostConstruct
    void load() {
        CallerScope caller = currentUser.scope();
        enterprise = enterprises.own(caller);
        profileCompleteness = profiles.completeness(caller, enterprise.getId());
        unreadNotices = notices.countUnreadNotices(caller);
        unreadReminders = notices.countUnreadReminders(caller);
        for (ArticleKind kind : List.of(ArticleKind.NEWS, ArticleKind.POLICY, ArticleKind.STANDARD, ArticleKind.FAQ)) {
            headlines.put(kind, notices.latest(kind, HEADLINES));
        }
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public int getProfileCompleteness() {
        return profileCompleteness;
    }

    public long getUnreadNotices() {
        return unreadNotices;
    }

    public long getUnreadReminders() {
        return unreadReminders;
    }

    public Map<ArticleKind, List<ArticleHeadline>> getHeadlines() {
        return headlines;
    }

    public List<ArticleKind> getHeadlineKinds() {
        return List.copyOf(headlines.keySet());
    }
}
