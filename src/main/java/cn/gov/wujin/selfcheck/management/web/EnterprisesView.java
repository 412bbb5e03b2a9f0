package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseImports;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRegistry;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRow;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 单位管理 ({@code /officer/enterprises.xhtml}): the enterprises in scope, searched and filtered, lazily paged. */
@Named
@ViewScoped
public class EnterprisesView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseRegistry registry;

    @Valid
    private final EnterpriseFilter filter = new EnterpriseFilter();

    private LazyDataModel<EnterpriseRow> model;
    private long total;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> {
            total = registry.count(currentUser.scope(), filter);
            return total;
        }, (first, size) -> registry.list(currentUser.scope(), filter, first, size), row -> String.valueOf(row.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":enterprises:table");
    }

    /** The export's address with the current filters. */
    public String getExportQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("keyword", filter.getKeyword());
        parameters.put("town", filter.getTownId());
        parameters.put("department", filter.getDepartmentId());
        parameters.put("type", filter.getTypeId());
        parameters.put("level", filter.getSupervisionLevelId());
        parameters.put("profile", filter.getProfile());
        parameters.put("account", filter.getAccountState());
        parameters.put("status", filter.getStatus() == null ? "ALL" : filter.getStatus());
        parameters.put("noRecord", filter.isNoRecordThisPeriod() ? "true" : null);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !String.valueOf(e.getValue()).isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isTownFixed() {
        return currentUser.scope().townId() != null;
    }

    public boolean isDepartmentFixed() {
        return currentUser.scope().departmentId() != null;
    }

    public boolean isMayImport() {
        return EnterpriseImports.mayImport(currentUser.scope());
    }

    public String getPeriod() {
        return registry.currentPeriod();
    }

    public EnterpriseFilter getFilter() { return filter; }
    public LazyDataModel<EnterpriseRow> getModel() { return model; }
    public long getTotal() { return total; }
    public List<EnterpriseFilter.Profile> getProfiles() { return List.of(EnterpriseFilter.Profile.values()); }
    public List<EnterpriseFilter.AccountState> getAccountStates() { return List.of(EnterpriseFilter.AccountState.values()); }
    public List<EnterpriseFilter.Status> getStatuses() { return List.of(EnterpriseFilter.Status.values()); }
}
