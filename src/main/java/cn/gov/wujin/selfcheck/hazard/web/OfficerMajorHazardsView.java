package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.ReferenceData;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardRow;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * 重大隐患 for officers: the major hazards reported by the enterprises in scope, newest first, paged,
 * filtered by enterprise, town, status and reporting date. {@code ?open=true} shows only those not yet closed,
 * {@code ?overdue=true} those past their deadline, {@code ?status=} those of one status (the home page's links).
 */
@Named
@ViewScoped
public class OfficerMajorHazardsView implements Serializable {

    @Inject
    Caller currentUser;

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
        filter.setOverdueOnly("true".equals(Faces.getRequestParameter("overdue")));
        String status = Faces.getRequestParameter("status");
        filter.setStatus(HazardStatus.MAJOR_FLOW.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null));
        towns = isTownFilterShown() ? referenceData.towns() : List.of();
        model = new PagedModel<>(() -> hazards.countMajorHazardsInScope(currentUser.scope(), filter),
                (first, pageSize) -> hazards.majorHazardsInScope(currentUser.scope(), filter, first, pageSize),
                row -> String.valueOf(row.getId()));
    }

    /** Applies the filters; the table then reloads its first page. */
    public void search() {
        PagedModel.showFirstPage(":hazards:table");
    }

    /** A town officer's scope is one town already; the district and the industry departments span towns. */
    public boolean isTownFilterShown() {
        return currentUser.getRole() != Role.TOWN;
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
