package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.OpenHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.OpenHazardRow;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * 未整改隐患 (manual §4.4): every hazard of the enterprise that is not closed, general and major, the
 * nearest deadline first, paged and filtered by status, level, reporting month and overdue only.
 */
@Named
@ViewScoped
public class OpenHazardsView implements Serializable {

    /** How many months back the month filter offers. */
    static final int MONTHS_OFFERED = 24;

    @Inject
    Caller currentUser;

    @Inject
    Rectifications rectifications;

    @Inject
    Clock clock;

    private final OpenHazardFilter filter = new OpenHazardFilter();

    private LazyDataModel<OpenHazardRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> rectifications.countOpenHazards(currentUser.scope(), filter),
                (first, pageSize) -> rectifications.openHazards(currentUser.scope(), filter, first, pageSize),
                row -> String.valueOf(row.getId()));
    }

    /** Applies the filters; the table then shows its first page. */
    public void search() {
        PagedModel.showFirstPage(":openHazards:table");
    }

    public OpenHazardFilter getFilter() {
        return filter;
    }

    /** The statuses a hazard that is not closed can be in. */
    public List<HazardStatus> getStatuses() {
        return Stream.of(HazardStatus.values()).filter(s -> s != HazardStatus.CLOSED).toList();
    }

    public List<HazardKind> getKinds() {
        return List.of(HazardKind.values());
    }

    /** This month and the {@value #MONTHS_OFFERED} before it, newest first. */
    public List<YearMonth> getPeriods() {
        YearMonth now = YearMonth.now(clock);
        return Stream.iterate(now, m -> m.minusMonths(1)).limit(MONTHS_OFFERED + 1L).toList();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LazyDataModel<OpenHazardRow> getModel() {
        return model;
    }
}
