package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.enterprise.boundary.ReferenceData;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardRow;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 重大隐患 for officers: the major hazards reported by the enterprises in scope, newest first, paged,
 * filtered by enterprise, town, status and reporting date. {@code ?open=true} shows only those not yet closed.
 */
@Named
@ViewScoped
public class OfficerMajorHazardsView implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Hazards hazards;

    @Inject
    ReferenceData referenceData;

    private final MajorHazardFilter filter = new MajorHazardFilter();

    private List<Town> towns;

    private LazyDataModel<MajorHazardRow> model;

    @PostConstruct
    void init() {
        filter.setOpenOnly("true".equals(Faces.getRequestParameter("open")));
        towns = isTownFilterShown() ? referenceData.towns() : List.of();
        model = new MajorHazardModel();
    }

    /** Applies the filters; the table then reloads its first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":hazards:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** A town officer's scope is one town already; the district and the industry departments span towns. */
    public boolean isTownFilterShown() {
        return currentUser.getRole() != Role.TOWN;
    }

    private final class MajorHazardModel extends LazyDataModel<MajorHazardRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) hazards.countMajorHazardsInScope(currentUser.scope(), filter);
        }

        @Override
        public List<MajorHazardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return hazards.majorHazardsInScope(currentUser.scope(), filter, first, pageSize);
        }

        @Override
        public String getRowKey(MajorHazardRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public MajorHazardRow getRowData(String rowKey) {
            return null;
        }
    }

    public MajorHazardFilter getFilter() {
        return filter;
    }

    public List<Town> getTowns() {
        return towns;
    }

    public List<HazardStatus> getStatuses() {
        return HazardStatus.MAJOR_FLOW;
    }

    public LazyDataModel<MajorHazardRow> getModel() {
        return model;
    }
}
