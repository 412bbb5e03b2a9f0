package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** 登录日志: every recorded login attempt, newest first, searchable by user name (ADMIN). */
@Named
@ViewScoped
public class LoginAttemptsView implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Size(max = 200)
    private String username;

    private LazyDataModel<LoginAttempt> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.countAttempts(currentUser.scope(), username),
                (first, pageSize) -> accounts.attempts(currentUser.scope(), username, first, pageSize),
                row -> row.getUsername() + row.getAttemptedAt());
    }

    public void search() {
        PagedModel.showFirstPage(":attempts:table");
    }

    public LazyDataModel<LoginAttempt> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
