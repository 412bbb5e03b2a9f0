package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** An officer's home: the scope and a paged, searchable list of the enterprises in it. */
@Named
@ViewScoped
public class OfficerHomeView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Enterprises enterprises;

    @Size(max = 100)
    private String keyword;

    private long total;

    private LazyDataModel<EnterpriseSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> enterprises.count(currentUser.scope(), keyword),
                (first, pageSize) -> enterprises.search(currentUser.scope(), keyword, first, pageSize),
                row -> String.valueOf(row.getId()));
        total = enterprises.count(currentUser.scope(), null);
    }

    /** Applies the search box; the table then reloads its first page. */
    public void search() {
        PagedModel.showFirstPage(":enterprises:table");
    }

    public LazyDataModel<EnterpriseSummary> getModel() {
        return model;
    }

    public long getTotal() {
        return total;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }
}
