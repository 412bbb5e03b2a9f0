package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.AcceptanceForm;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerReports;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.faces.Attempts;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A general hazard as an officer in scope reads it ({@code /officer/hazard.xhtml?id=}): the report, the
 * steps of the work, the trail; and for one found by 代报 whose work the enterprise finished, the 复查
 * that closes it or sends it back. A hazard outside the scope, an unknown or a malformed id answers 403.
 */
@Named
@ViewScoped
public class OfficerHazardView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Rectifications rectifications;

    @Inject
    OfficerReports reports;

    @Inject
    Clock clock;

    private Long hazardId;
    private Hazard hazard;
    private AcceptanceForm recheck = new AcceptanceForm();

    /** The page's view action. */
    public void load() {
        hazard = ViewTarget.find("id", id -> rectifications.hazard(currentUser.scope(), id));
        if (hazard != null) {
            hazardId = hazard.getId();
            prefill();
        }
    }

    private void prefill() {
        recheck.setAcceptor(currentUser.getDisplayName());
        recheck.setAcceptedOn(getToday());
    }

    /** 提交复查结果: kept on the page with the reason when refused; the page reloaded after success. */
    public void saveRecheck() {
        boolean passed = Boolean.TRUE.equals(recheck.getPassed());
        if (Attempts.done(() -> reports.recheck(currentUser.scope(), hazardId, hazard.getVersion(), recheck),
                passed ? "recheck.savedPassed" : "recheck.savedFailed")) {
            hazard = rectifications.hazard(currentUser.scope(), hazardId);
            recheck = new AcceptanceForm();
            prefill();
        }
    }

    /** 复查: a 代报 hazard whose work is finished, by 属地, 行业部门 or 区安委办. */
    public boolean isRecheckOpen() {
        Role role = currentUser.scope().role();
        return hazard.getKind() == HazardKind.GENERAL && hazard.isOfficerReported()
                && hazard.getStatus() == HazardStatus.AWAITING_ACCEPTANCE
                && (role == Role.TOWN || role == Role.INDUSTRY || role == Role.DISTRICT);
    }

    public Hazard getHazard() { return hazard; }
    public AcceptanceForm getRecheck() { return recheck; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
