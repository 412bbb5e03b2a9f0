package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.HistoryFilter;
import cn.gov.wujin.selfcheck.inspection.boundary.InspectionSummary;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 自查自改: 当前月自查记录 (查看, 修改, 删除, 上报) and 历史记录. */
@Named
@ViewScoped
public class InspectionsView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Inspections inspections;

    private List<InspectionSummary> drafts;
    private LazyDataModel<InspectionSummary> history;
    /** The filter the table shows (applied by 查询) and the one being typed. */
    private HistoryFilter applied = new HistoryFilter();
    private HistoryFilter filter = new HistoryFilter();
    /** Up to two records chosen for 对比, kept across pages and filters. */
    private final Set<Long> chosen = new LinkedHashSet<>();

    @PostConstruct
    void init() {
        drafts = inspections.drafts(currentUser.scope());
        Long enterpriseId = currentUser.scope().enterpriseId();
        history = new PagedModel<>(() -> inspections.countHistory(currentUser.scope(), enterpriseId, applied),
                (first, pageSize) -> inspections.history(currentUser.scope(), enterpriseId, applied, first, pageSize),
                row -> String.valueOf(row.getId()));
    }

    public void submit(Long id) {
        try {
            TransientFailures.retried(() -> inspections.submit(currentUser.scope(), id));
            Messages.info("inspection.submitted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        drafts = inspections.drafts(currentUser.scope());
    }

    public void delete(Long id) {
        try {
            TransientFailures.retried(() -> inspections.delete(currentUser.scope(), id));
            Messages.info("inspection.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        drafts = inspections.drafts(currentUser.scope());
    }

    /** 查询: applies the typed filter; a range that ends before it starts is refused and nothing is lost. */
    public void search() {
        if (filter.isRangeReversed()) {
            Messages.error("inspection.filter.rangeReversed");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applied = copy(filter);
    }

    /** 重置: all submitted records again. */
    public void reset() {
        filter = new HistoryFilter();
        applied = new HistoryFilter();
    }

    /** 加入对比 / 取消对比; a third choice replaces the oldest. */
    public void toggleChosen(Long id) {
        if (!chosen.remove(id)) {
            if (chosen.size() == 2) {
                chosen.remove(chosen.iterator().next());
            }
            chosen.add(id);
        }
    }

    public boolean isChosen(Long id) {
        return chosen.contains(id);
    }

    public int getChosenCount() {
        return chosen.size();
    }

    /** 对比: opens the two chosen records side by side. */
    public void compare() throws IOException {
        if (chosen.size() != 2) {
            Messages.error("inspection.compare.chooseTwo");
            return;
        }
        Iterator<Long> ids = chosen.iterator();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/enterprise/compare.xhtml?a=" + ids.next() + "&b=" + ids.next());
    }

    private static HistoryFilter copy(HistoryFilter source) {
        HistoryFilter copy = new HistoryFilter();
        copy.setFrom(source.getFrom());
        copy.setTo(source.getTo());
        copy.setInspector(source.getInspector());
        copy.setHazards(source.getHazards());
        return copy;
    }

    public HistoryFilter getFilter() {
        return filter;
    }

    public HistoryFilter.Hazards[] getHazardChoices() {
        return HistoryFilter.Hazards.values();
    }

    public List<InspectionSummary> getDrafts() {
        return drafts;
    }

    public LazyDataModel<InspectionSummary> getHistory() {
        return history;
    }
}
