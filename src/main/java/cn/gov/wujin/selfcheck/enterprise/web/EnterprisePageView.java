package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * A page about one enterprise (enterprise: its own; officer: {@code ?id=} in scope). The page's view
 * action {@link #load()} looks the enterprise up in the caller's scope, then loads the page's own
 * data; an enterprise out of scope or an unknown id answers 403 before anything is rendered.
 */
abstract class EnterprisePageView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Enterprises enterprises;

    private Enterprise enterprise;

    /** The page's view action. */
    public void load() {
        enterprise = ViewTarget.findOrRefuse(() -> {
            Enterprise found = EnterpriseTarget.of(currentUser, enterprises);
            loadFor(currentUser.scope(), found.getId());
            return found;
        });
    }

    /** Loads what the page shows of the enterprise, after its scope was checked. */
    protected abstract void loadFor(CallerScope caller, Long enterpriseId);

    public Long getEnterpriseId() {
        return enterprise == null ? null : enterprise.getId();
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public boolean isOfficer() {
        return currentUser.isOfficer();
    }
}
