package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;

/**
 * Which enterprise a page shows: an enterprise always its own, an officer the one in the {@code id}
 * parameter, looked up in its scope. For {@link ViewTarget#findOrRefuse}.
 */
final class EnterpriseTarget {

    private EnterpriseTarget() {
    }

    /** The enterprise the page is about; refused for an officer's missing, malformed, unknown or out-of-scope id. */
    static Enterprise of(Caller caller, Enterprises enterprises) throws AccessDeniedException {
        return caller.isEnterprise() ? enterprises.own(caller.scope())
                : enterprises.find(caller.scope(), ViewTarget.id("id"));
    }
}
