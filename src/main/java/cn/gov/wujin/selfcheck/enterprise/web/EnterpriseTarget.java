package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.platform.security.Caller;
import org.omnifaces.util.Faces;

/** Which enterprise a page shows: an enterprise always its own, an officer the one in the {@code id} parameter. */
final class EnterpriseTarget {

    private EnterpriseTarget() {
    }

    static Long resolve(Caller currentUser) {
        if (currentUser.isEnterprise()) {
            return currentUser.scope().enterpriseId();
        }
        String id = Faces.getRequestParameter("id");
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Answers 403 with the error page (a refused or unknown id). */
    static void refuse() {
        Faces.responseSendError(403, "");
    }
}
