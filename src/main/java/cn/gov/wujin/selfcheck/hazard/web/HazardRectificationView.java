package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.AcceptanceForm;
import cn.gov.wujin.selfcheck.hazard.boundary.ExtensionForm;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardWorkflow;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardAttachments;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.hazard.entity.AttachedFile;
import cn.gov.wujin.selfcheck.hazard.boundary.RectificationForm;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAction;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.SafetyMeasures;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Attempts;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 隐患整改 ({@code ?id=}): the hazard as reported with its photos, the steps of the work as a timeline,
 * a new step (整改) while the work goes on, and the 验收 once it is finished. For a major hazard also
 * what the enterprise does in the authority's workflow: 补充信息 after a 退回补充, the 第十五条
 * measures, 延期申请 and 申请验收; and the trail. A hazard outside the caller's scope, an unknown or a
 * malformed id answers 403.
 */
@Named
@ViewScoped
public class HazardRectificationView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Rectifications rectifications;

    @Inject
    MajorHazardWorkflow workflow;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    HazardAttachments attachments;

    @Inject
    Clock clock;

    private Long hazardId;
    private Hazard hazard;
    private RectificationForm step = new RectificationForm();
    private AcceptanceForm acceptance = new AcceptanceForm();
    private String addition;
    private SafetyMeasures measures = new SafetyMeasures();
    private ExtensionForm extension = new ExtensionForm();
    private String evaluation;
    private List<AttachedFile> evaluationFiles = new ArrayList<>();

    /** The page's view action. */
    public void load() {
        hazard = ViewTarget.find("id", id -> rectifications.hazard(currentUser.scope(), id));
        if (hazard != null) {
            hazardId = hazard.getId();
            prefill();
        }
    }

    private void reload() {
        hazard = rectifications.hazard(currentUser.scope(), hazardId);
        step = new RectificationForm();
        acceptance = new AcceptanceForm();
        addition = null;
        extension = new ExtensionForm();
        evaluation = null;
        evaluationFiles = new ArrayList<>();
        prefill();
    }

    private void prefill() {
        step.setResponsible(hazard.getResponsible());
        step.setCompletedOn(getToday());
        acceptance.setAcceptedOn(getToday());
        measures = new SafetyMeasures(hazard.getMeasures());
    }

    /** 保存整改信息: kept on the page with the reason when refused; a new empty step after success. */
    public void saveStep() {
        act(() -> rectifications.recordStep(currentUser.scope(), hazardId, hazard.getVersion(), step), "rectification.saved");
    }

    /** 提交验收结果. */
    public void saveAcceptance() {
        boolean passed = Boolean.TRUE.equals(acceptance.getPassed());
        act(() -> rectifications.recordAcceptance(currentUser.scope(), hazardId, hazard.getVersion(), acceptance),
                passed ? "acceptance.savedPassed" : "acceptance.savedFailed");
    }

    /** 提交补充信息 after a 退回补充. */
    public void saveAddition() {
        act(() -> workflow.supplement(currentUser.scope(), hazardId, hazard.getVersion(), addition), "major.supplement.saved");
    }

    /** 确认第十五条措施. */
    public void saveMeasures() {
        act(() -> workflow.confirmMeasures(currentUser.scope(), hazardId, hazard.getVersion(), measures), "major.measures.saved");
    }

    /** 提交延期申请. */
    public void saveExtension() {
        act(() -> workflow.requestExtension(currentUser.scope(), hazardId, hazard.getVersion(), extension), "major.extension.saved");
    }

    /** 申请验收. */
    public void saveAcceptanceRequest() {
        act(() -> workflow.requestAcceptance(currentUser.scope(), hazardId, hazard.getVersion(), evaluation, evaluationFiles),
                "major.acceptanceRequest.saved");
    }

    /** One step: refused with the reason and every entry kept, or done and the page reloaded. */
    private void act(Runnable work, String doneKey) {
        if (Attempts.done(work, doneKey)) {
            reload();
        }
    }

    /** 整改后照片: stored at once when its bytes are an image; the step's other fields stay as typed. */
    public void uploadPhoto(FileUploadEvent event) {
        try {
            hazardPhotos.uploadInto(currentUser.scope(), step.getPhotos(), event.getFile().getContent());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** An attachment of the evaluation (PDF, Office document, image): stored at once when its bytes are one. */
    public void uploadAttachment(FileUploadEvent event) {
        try {
            attachments.uploadInto(currentUser.scope(), evaluationFiles, event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removeAttachment(String key) {
        evaluationFiles.removeIf(f -> f.getStorageKey().equals(key));
    }

    public List<AttachedFile> getEvaluationFiles() {
        return evaluationFiles;
    }

    public long getAttachmentMaxBytes() {
        return attachments.maxBytes();
    }

    public void removePhoto(String key) {
        step.getPhotos().removeIf(p -> p.getStorageKey().equals(key));
    }

    /**
     * The enterprise records steps on its own hazard while the work goes on: a general one of a
     * submitted record, a major one once 挂牌督办 and until 申请验收.
     */
    public boolean isStepOpen() {
        if (!isOwn() || hazard.getOriginInspectionId() != null) {
            return false;
        }
        return isMajor() ? isInWork() : hazard.getStatus() == HazardStatus.OPEN || hazard.getStatus() == HazardStatus.RECTIFYING;
    }

    /** The enterprise's own 验收 closes a general hazard it found itself; one found by 代报 waits for the officers' 复查. */
    public boolean isAcceptanceOpen() {
        return isOwn() && !isMajor() && !hazard.isOfficerReported() && hazard.getStatus() == HazardStatus.AWAITING_ACCEPTANCE;
    }

    public boolean isAwaitingRecheck() {
        return !isMajor() && hazard.isOfficerReported() && hazard.getStatus() == HazardStatus.AWAITING_ACCEPTANCE;
    }

    public boolean isMajor() {
        return hazard.getKind() == HazardKind.MAJOR;
    }

    public boolean isSupplementOpen() {
        return isOwn() && isMajor() && hazard.getStatus() == HazardStatus.RETURNED;
    }

    public boolean isMeasuresOpen() {
        return isOwn() && isMajor() && hazard.getStatus() != HazardStatus.CLOSED;
    }

    /** 延期申请: while the work goes on, before the deadline has passed, one at a time. */
    public boolean isExtensionOpen() {
        return isOwn() && isMajor() && isInWork() && hazard.getExtensionUntil() == null
                && !hazard.getDeadline().isBefore(getToday());
    }

    public boolean isAcceptanceRequestOpen() {
        return isOwn() && isMajor() && isInWork();
    }

    /** Whether the last step says the work is finished (after a failed 验收, a new one): 申请验收 needs it. */
    public boolean isWorkFinished() {
        return hazard.isReadyForAcceptance();
    }

    /** The officer's reason of the last 退回补充, shown above the addition form. */
    public HazardEvent getLastReturn() {
        return lastOf(HazardAction.RETURNED);
    }

    private HazardEvent lastOf(HazardAction action) {
        HazardEvent found = null;
        for (HazardEvent event : hazard.getEvents()) {
            if (event.getAction() == action) {
                found = event;
            }
        }
        return found;
    }

    private boolean isInWork() {
        return hazard.getStatus() == HazardStatus.SUPERVISED || hazard.getStatus() == HazardStatus.RECTIFYING;
    }

    private boolean isOwn() {
        return currentUser.scope().isEnterprise();
    }

    public long getPhotoMaxBytes() {
        return hazardPhotos.maxBytes();
    }

    public Hazard getHazard() { return hazard; }
    public RectificationForm getStep() { return step; }
    public AcceptanceForm getAcceptance() { return acceptance; }
    public String getAddition() { return addition; }
    public void setAddition(String addition) { this.addition = addition; }
    public SafetyMeasures getMeasures() { return measures; }
    public ExtensionForm getExtension() { return extension; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
