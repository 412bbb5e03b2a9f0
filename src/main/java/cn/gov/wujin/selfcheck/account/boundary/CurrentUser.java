package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.security.Principal;

/**
 * The logged-in caller and its scope, looked up once per session. Pages use it for the name in
 * the top bar and the menu; boundaries receive its {@link #scope()}.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Inject
    transient SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private CallerScope scope;
    private String displayName;
    private String scopeName;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    /** The caller's scope; fails if nobody is logged in (protected pages never get here without one). */
    public CallerScope scope() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no caller");
        }
        if (scope == null || !scope.username().equals(principal.getName())) {
            UserAccount account = accounts.findByUsername(principal.getName())
                    .orElseThrow(() -> new IllegalStateException("no account"));
            scope = account.scope();
            displayName = account.getDisplayName();
            scopeName = account.getTown() != null ? account.getTown().getName()
                    : account.getDepartment() != null ? account.getDepartment().getName() : null;
        }
        return scope;
    }

    public String getDisplayName() {
        scope();
        return displayName;
    }

    /** The town or department an officer answers for; null for the whole district or an enterprise. */
    public String getScopeName() {
        scope();
        return scopeName;
    }

    public Role getRole() {
        return scope().role();
    }

    public boolean isEnterprise() {
        return isLoggedIn() && scope().isEnterprise();
    }

    public boolean isOfficer() {
        return isLoggedIn() && scope().role().isOfficer();
    }

    public boolean isAdmin() {
        return isLoggedIn() && scope().role() == Role.ADMIN;
    }
}
