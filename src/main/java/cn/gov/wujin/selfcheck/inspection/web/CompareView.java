package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.InspectionComparison;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 对比: two records side by side, item by item, changes highlighted; "只看变化" hides the rest. */
@Named
@ViewScoped
public class CompareView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Inspections inspections;

    private InspectionComparison comparison;
    private boolean onlyChanged;

    /**
     * View action: records {@code a} and {@code b}; one of another enterprise, an unknown or a malformed
     * id answers 403, two that cannot be compared a message.
     */
    public void load() {
        try {
            comparison = ViewTarget.findOrRefuse(
                    () -> inspections.compare(currentUser.scope(), ViewTarget.id("a"), ViewTarget.id("b")));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public InspectionComparison getComparison() {
        return comparison;
    }

    public List<RecordComparison.Row> getRows() {
        if (comparison == null) {
            return List.of();
        }
        List<RecordComparison.Row> rows = comparison.getComparison().getRows();
        return onlyChanged ? rows.stream().filter(RecordComparison.Row::isChanged).toList() : rows;
    }

    public boolean isOnlyChanged() { return onlyChanged; }
    public void setOnlyChanged(boolean onlyChanged) { this.onlyChanged = onlyChanged; }
}
