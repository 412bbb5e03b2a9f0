package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * A page about one enterprise (enterprise: its own; officer: {@code ?id=} in scope). The enterprise is
 * looked up in the caller's scope before the page loads its own data; the page's view action
 * {@link #refuseUnlessLoaded()} answers 403 when it is out of scope or unknown.
 */
abstract class EnterprisePageView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Enterprises enterprises;

    private Long enterpriseId;
    private Enterprise enterprise;

    @PostConstruct
    void load() {
        try {
            enterpriseId = EnterpriseTarget.resolve(currentUser);
            enterprise = enterprises.find(currentUser.scope(), enterpriseId);
            loadFor(currentUser.scope(), enterpriseId);
        } catch (AccessDeniedException e) {
            enterprise = null; // refuseUnlessLoaded answers 403 before anything is rendered
        }
    }

    /** Loads what the page shows of the enterprise, after its scope was checked. */
    protected abstract void loadFor(CallerScope caller, Long enterpriseId);

    /** The page's view action: 403 for an enterprise out of the caller's scope or an unknown id. */
    public void refuseUnlessLoaded() {
        if (enterprise == null) {
            EnterpriseTarget.refuse();
        }
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public boolean isOfficer() {
        return currentUser.isOfficer();
    }
}
