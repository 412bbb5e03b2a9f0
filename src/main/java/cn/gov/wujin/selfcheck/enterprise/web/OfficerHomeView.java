package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
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

/** An officer's home: the scope and a paged, searchable list of the enterprises in it. */
@Named
@ViewScoped
public class OfficerHomeView implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Enterprises enterprises;

    @Size(max = 100)
    private String keyword;

    private long total;

    private LazyDataModel<EnterpriseSummary> model;

    @PostConstruct
    void init() {
        model = new EnterpriseModel();
        total = enterprises.count(currentUser.scope(), null);
    }

    /** Applies the search box; the table then reloads its first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":enterprises:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private final class EnterpriseModel extends LazyDataModel<EnterpriseSummary> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) enterprises.count(currentUser.scope(), keyword);
        }

        @Override
        public List<EnterpriseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return enterprises.search(currentUser.scope(), keyword, first, pageSize);
        }

        @Override
        public String getRowKey(EnterpriseSummary row) {
            return String.valueOf(row.getId());
        }

        @Override
        public EnterpriseSummary getRowData(String rowKey) {
            return null;
        }
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
