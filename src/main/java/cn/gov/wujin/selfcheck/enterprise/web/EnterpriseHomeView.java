package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.OwnEnterprise;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 系统首页 of an enterprise: its panel and how complete its profile is, in one query. The unread
 * counts and article boxes come from the notice component's own bean ({@code #{homeNotices}}).
 */
@Named
@RequestScoped
public class EnterpriseHomeView {

    @Inject
    Caller currentUser;

    @Inject
    Profiles profiles;

    private OwnEnterprise own;

    @PostConstruct
    void load() {
        own = profiles.own(currentUser.scope());
    }

    public Enterprise getEnterprise() {
        return own.enterprise();
    }

    public int getProfileCompleteness() {
        return own.profileCompleteness();
    }
}
