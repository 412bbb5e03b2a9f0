package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) accounts.countAttempts(currentUser.scope(), username);
            }

            @Override
            public List<LoginAttempt> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                return accounts.attempts(currentUser.scope(), username, first, pageSize);
            }

            @Override
            public String getRowKey(LoginAttempt row) {
                return row.getUsername() + row.getAttemptedAt();
            }
        };
    }

    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":attempts:table");
        if (table != null) {
            table.setFirst(0);
        }
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
