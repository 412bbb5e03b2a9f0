package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.security.Principal;

/**
 * The account component's {@link Caller}: the logged-in account and its scope, looked up once per
 * session. Pages use it for the name in the top bar and the menu; boundaries receive its {@link #scope()}.
 */
@Named
@SessionScoped
public class CurrentUser implements Caller, Serializable {

    @Inject
    transient SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private CallerScope scope;
    private String displayName;
    private String scopeName;

    @Override
    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    @Override
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

    @Override
    public String getDisplayName() {
        scope();
        return displayName;
    }

    @Override
    public String getScopeName() {
        scope();
        return scopeName;
    }

    @Override
    public Role getRole() {
        return scope().role();
    }

    @Override
    public boolean isEnterprise() {
        return isLoggedIn() && scope().isEnterprise();
    }

    @Override
    public boolean isOfficer() {
        return isLoggedIn() && scope().role().isOfficer();
    }

    @Override
    public boolean isAdmin() {
        return isLoggedIn() && scope().role() == Role.ADMIN;
    }
}
