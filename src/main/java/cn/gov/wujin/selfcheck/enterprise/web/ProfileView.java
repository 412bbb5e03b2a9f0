package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileRules;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileChange;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The read view of 企业基本信息 and its change history (enterprise: its own; officer: ?id= in scope). */
@Named
@ViewScoped
public class ProfileView extends EnterprisePageView {

    @Inject
    Profiles profiles;

    private Map<String, String> values;
    private List<ProfileChange> history;
    private int completeness;

    @Override
    protected void loadFor(CallerScope caller, Long enterpriseId) {
        values = profiles.display(caller, enterpriseId);
        history = profiles.history(caller, enterpriseId);
        completeness = profiles.completeness(caller, enterpriseId);
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

    public List<ProfileChange> getHistory() {
        return history;
    }

    public int getCompleteness() {
        return completeness;
    }
}
