package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page sends each caller to the home page of its role. */
@Named
@RequestScoped
public class HomeRouter {

    @Inject
    CurrentUser currentUser;

    public String route() {
        if (!currentUser.isLoggedIn()) {
            return "/login?faces-redirect=true";
        }
        return (currentUser.isEnterprise() ? "/enterprise/home" : "/officer/home") + "?faces-redirect=true";
    }
}
