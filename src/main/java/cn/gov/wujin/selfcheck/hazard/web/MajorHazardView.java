package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardReport;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardWorkflow;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.boundary.SupervisionForm;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAction;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import cn.gov.wujin.selfcheck.platform.faces.Attempts;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One reported major hazard in full for an officer whose scope covers its enterprise ({@code ?id=}),
 * with the decisions its status allows: 挂牌督办 or 退回补充 of a new report, 同意 / 不同意 a pending
 * 延期申请, 验收 of a 申请验收 (with the review countdown); the steps of the work and the trail.
 */
@Named
@ViewScoped
public class MajorHazardView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    @Inject
    Rectifications rectifications;

    @Inject
    MajorHazardWorkflow workflow;

    @Inject
    Clock clock;

    private Long hazardId;
    private MajorHazardReport report;
    private Hazard hazard;
    private SupervisionForm supervision = new SupervisionForm();
    private String returnReason;
    private Boolean extensionGranted;
    private String extensionReason;
    private Boolean acceptancePassed;
    private String acceptanceOpinion;

    /** The page's view action: 403 for a hazard outside the caller's scope, an unknown or a malformed id. */
    public void load() {
        report = ViewTarget.find("id", id -> hazards.majorHazard(currentUser.scope(), id));
        if (report != null) {
            hazardId = report.getId();
            reload();
        }
    }

    private void reload() {
        report = hazards.majorHazard(currentUser.scope(), hazardId);
        hazard = rectifications.hazard(currentUser.scope(), hazardId);
        supervision = new SupervisionForm();
        supervision.setLevel(currentUser.getRole() == Role.TOWN ? ListingLevel.TOWN : ListingLevel.DISTRICT);
        supervision.setUnit(currentUser.getScopeName() != null ? currentUser.getScopeName() : Texts.get("role.DISTRICT"));
        supervision.setDeadline(hazard.getDeadline().isBefore(getToday()) ? getToday() : hazard.getDeadline());
        if (isDecider() && hazard.getStatus() == HazardStatus.REPORTED) {
            supervision.setDocumentNumber(workflow.suggestDocumentNumber());
        }
        returnReason = null;
        extensionGranted = null;
        extensionReason = null;
        acceptancePassed = null;
        acceptanceOpinion = null;
    }

    public void supervise() {
        act(() -> workflow.supervise(currentUser.scope(), hazardId, hazard.getVersion(), supervision), "officer.decision.supervised");
    }

    public void returnReport() {
        act(() -> workflow.returnForSupplement(currentUser.scope(), hazardId, hazard.getVersion(), returnReason),
                "officer.decision.returned");
    }

    public void decideExtension() {
        if (extensionGranted == null) {
            Attempts.refused("officer.decision.choose");
            return;
        }
        act(() -> workflow.decideExtension(currentUser.scope(), hazardId, hazard.getVersion(), extensionGranted, extensionReason),
                "officer.decision.extension");
    }

    public void decideAcceptance() {
        if (acceptancePassed == null) {
            Attempts.refused("officer.decision.choose");
            return;
        }
        act(() -> workflow.decideAcceptance(currentUser.scope(), hazardId, hazard.getVersion(), acceptancePassed, acceptanceOpinion),
                "officer.decision.acceptance");
    }

    /** Refused: the reason, every entry kept. Done: the page shows the new status and trail. */
    private void act(Runnable decision, String doneKey) {
        if (Attempts.done(decision, doneKey)) {
            reload();
        }
    }

    /** 属地, 行业部门 and 区安委办 decide; the system administrator only reads. */
    public boolean isDecider() {
        Role role = currentUser.getRole();
        return role == Role.TOWN || role == Role.INDUSTRY || role == Role.DISTRICT;
    }

    public boolean isReportOpen() {
        return isDecider() && hazard.getStatus() == HazardStatus.REPORTED;
    }

    public boolean isExtensionPending() {
        return hazard.getExtensionUntil() != null;
    }

    public boolean isReviewOpen() {
        return hazard.getStatus() == HazardStatus.ACCEPTANCE_REQUESTED;
    }

    /** Days left for the review of a 申请验收; negative once overdue. */
    public long getReviewDaysLeft() {
        return hazard.getReviewDeadline() == null ? 0 : ChronoUnit.DAYS.between(getToday(), hazard.getReviewDeadline());
    }

    /** The enterprise's evaluation of its last 申请验收. */
    public String getEvaluation() {
        String found = null;
        for (HazardEvent event : hazard.getEvents()) {
            if (event.getAction() == HazardAction.ACCEPTANCE_REQUESTED) {
                found = event.getComment();
            }
        }
        return found;
    }

    /** A town officer lists at 镇级 only. */
    public List<ListingLevel> getLevels() {
        return currentUser.getRole() == Role.TOWN ? List.of(ListingLevel.TOWN) : List.of(ListingLevel.values());
    }

    public LocalDate getToday() { return LocalDate.now(clock); }
    public MajorHazardReport getReport() { return report; }
    public Hazard getHazard() { return hazard; }
    public SupervisionForm getSupervision() { return supervision; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public Boolean getExtensionGranted() { return extensionGranted; }
    public void setExtensionGranted(Boolean extensionGranted) { this.extensionGranted = extensionGranted; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public Boolean getAcceptancePassed() { return acceptancePassed; }
    public void setAcceptancePassed(Boolean acceptancePassed) { this.acceptancePassed = acceptancePassed; }
    public String getAcceptanceOpinion() { return acceptanceOpinion; }
    public void setAcceptanceOpinion(String acceptanceOpinion) { this.acceptanceOpinion = acceptanceOpinion; }
}
