package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.InspectionComparison;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 对比: two records side by side, item by item, changes highlighted; "只看变化" hides the rest. */
@Named
@ViewScoped
public class CompareView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Inspections inspections;

    private InspectionComparison comparison;
    private boolean refused;
    private boolean onlyChanged;

    /** View action: a record of another enterprise or an unknown id answers 403. */
    public void refuseUnlessLoaded() {
        if (refused) {
            Faces.responseSendError(403, "");
        }
    }

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            comparison = inspections.compare(currentUser.scope(), id(parameters.get("a")), id(parameters.get("b")));
        } catch (AccessDeniedException e) {
            refused = true;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException | NullPointerException e) {
            return -1L;
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
