package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileRules;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileChange;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The read view of 企业基本信息 and its change history (enterprise: its own; officer: ?id= in scope). */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Profiles profiles;

    @Inject
    Enterprises enterprises;

    private Long enterpriseId;
    private Enterprise enterprise;
    private Map<String, String> values;
    private List<ProfileChange> history;
    private int completeness;

    @PostConstruct
    void load() {
        try {
            enterpriseId = EnterpriseTarget.resolve(currentUser);
            enterprise = enterprises.find(currentUser.scope(), enterpriseId);
            values = profiles.display(currentUser.scope(), enterpriseId);
            history = profiles.history(currentUser.scope(), enterpriseId);
            completeness = profiles.completeness(currentUser.scope(), enterpriseId);
        } catch (AccessDeniedException e) {
            enterprise = null; // refuseUnlessLoaded answers 403 before anything is rendered
        }
    }

    /** The page's view action: 403 for an enterprise out of the caller's scope or an unknown id. */
    public void refuseUnlessLoaded() {
        if (enterprise == null) {
            EnterpriseTarget.refuse();
        }
    }

    public List<String> getGroups() {
        return ProfileRules.GROUP_ORDER;
    }

    public List<String> fields(String group) {
        return ProfileRules.GROUPS.get(group).stream().filter(f -> {
            String question = ProfileRules.questionOf(f);
            return question == null || msgYes().equals(values.get(question));
        }).toList();
    }

    private static String msgYes() {
        return cn.gov.wujin.selfcheck.platform.faces.Texts.get(cn.gov.wujin.selfcheck.platform.faces.Texts.DEFAULT_LOCALE, "common.yes");
    }

    public boolean required(String field) {
        return ProfileRules.isRequired(field);
    }

    public String value(String field) {
        return values == null ? null : values.get(field);
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public List<ProfileChange> getHistory() {
        return history;
    }

    public int getCompleteness() {
        return completeness;
    }

    public boolean isOfficer() {
        return currentUser.isOfficer();
    }
}
