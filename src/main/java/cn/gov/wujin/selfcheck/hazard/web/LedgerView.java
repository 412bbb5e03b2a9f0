package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.HazardLedger;
import cn.gov.wujin.selfcheck.hazard.boundary.LedgerFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.LedgerRow;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 隐患台帐: an enterprise's own ({@code /enterprise/ledger.xhtml}), an officer's of one enterprise in scope
 * ({@code /officer/ledger.xhtml?enterprise=}) or of the whole scope (without it); lazily paged, filtered
 * by reporting months, level and status, exported to Excel and PDF with the same filters.
 */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    static final int MONTHS_OFFERED = 36;

    @Inject
    Caller currentUser;

    @Inject
    HazardLedger ledger;

    @Inject
    Clock clock;

    private final LedgerFilter filter = new LedgerFilter();
    private String enterpriseName;
    private LazyDataModel<LedgerRow> model;

    /** The view action: an enterprise outside the caller's scope, an unknown or a malformed id answers 403. */
    public void load() {
        Long enterprise = currentUser.isEnterprise() ? currentUser.scope().enterpriseId()
                : ViewTarget.findOrRefuse(() -> ViewTarget.optionalId("enterprise"));
        filter.setEnterpriseId(enterprise);
        // The officer home page's links: 待复查 (代报, 待验收) and the like.
        filter.setSource(ViewTarget.optionalEnum("source", HazardSource.class));
        filter.setStatus(ViewTarget.optionalEnum("status", HazardStatus.class));
        if (enterprise != null) {
            enterpriseName = ViewTarget.findOrRefuse(() -> ledger.enterpriseName(currentUser.scope(), enterprise));
        }
        model = new PagedModel<>(() -> ledger.count(currentUser.scope(), filter),
                (first, pageSize) -> ledger.page(currentUser.scope(), filter, first, pageSize),
                row -> String.valueOf(row.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":ledger:table");
    }

    /** The export's query string: the same filters as the table. */
    public String getExportQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("enterprise", currentUser.isEnterprise() ? null : filter.getEnterpriseId());
        parameters.put("from", filter.getFrom());
        parameters.put("to", filter.getTo());
        parameters.put("kind", filter.getKind());
        parameters.put("status", filter.getStatus());
        parameters.put("source", filter.getSource());
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<YearMonth> getPeriods() {
        YearMonth now = YearMonth.now(clock);
        return Stream.iterate(now, m -> m.minusMonths(1)).limit(MONTHS_OFFERED + 1L).toList();
    }

    /** The page a row opens: the enterprise's own hazard page, or the officers' page of a general or major one. */
    public String hazardPage(LedgerRow row) {
        if (currentUser.isEnterprise()) {
            return "/enterprise/hazard";
        }
        return row.getKind() == HazardKind.MAJOR ? "/officer/major-hazard" : "/officer/hazard";
    }

    public List<HazardKind> getKinds() { return List.of(HazardKind.values()); }
    public List<HazardStatus> getStatuses() { return List.of(HazardStatus.values()); }
    public boolean isWholeScope() { return filter.getEnterpriseId() == null; }
    public String getEnterpriseName() { return enterpriseName; }
    public LedgerFilter getFilter() { return filter; }
    public LazyDataModel<LedgerRow> getModel() { return model; }
}
