package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.AcceptanceForm;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.hazard.boundary.RectificationForm;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * 隐患整改 ({@code ?id=}): the hazard as reported with its photos, the steps of the work as a timeline,
 * a new step (整改) while the work goes on, and the 验收 once it is finished. A hazard outside the
 * caller's scope, an unknown or a malformed id answers 403.
 */
@Named
@ViewScoped
public class HazardRectificationView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Rectifications rectifications;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    Clock clock;

    private Long hazardId;
    private Hazard hazard;
    private RectificationForm step = new RectificationForm();
    private AcceptanceForm acceptance = new AcceptanceForm();

    /** The page's view action. */
    public void load() {
        hazard = ViewTarget.find("id", id -> rectifications.general(currentUser.scope(), id));
        if (hazard != null) {
            hazardId = hazard.getId();
            prefill();
        }
    }

    private void reload() {
        hazard = rectifications.general(currentUser.scope(), hazardId);
        step = new RectificationForm();
        acceptance = new AcceptanceForm();
        prefill();
    }

    private void prefill() {
        step.setResponsible(hazard.getResponsible());
        step.setCompletedOn(getToday());
        acceptance.setAcceptedOn(getToday());
    }

    /** 保存整改信息: kept on the page with the reason when refused; a new empty step after success. */
    public void saveStep() {
        try {
            TransientFailures.retried(() -> rectifications.recordStep(currentUser.scope(), hazardId, hazard.getVersion(), step));
        } catch (BusinessException e) {
            refused(e);
            return;
        }
        Messages.info("rectification.saved");
        reload();
    }

    /** 提交验收结果. */
    public void saveAcceptance() {
        boolean passed = Boolean.TRUE.equals(acceptance.getPassed());
        try {
            TransientFailures.retried(() -> rectifications.recordAcceptance(currentUser.scope(), hazardId,
                    hazard.getVersion(), acceptance));
        } catch (BusinessException e) {
            refused(e);
            return;
        }
        Messages.info(passed ? "acceptance.savedPassed" : "acceptance.savedFailed");
        reload();
    }

    private static void refused(BusinessException e) {
        Messages.error(e);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** 整改后照片: stored at once when its bytes are an image; the step's other fields stay as typed. */
    public void uploadPhoto(FileUploadEvent event) {
        try {
            hazardPhotos.uploadInto(currentUser.scope(), step.getPhotos(), event.getFile().getContent());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removePhoto(String key) {
        step.getPhotos().removeIf(p -> p.getStorageKey().equals(key));
    }

    /** The enterprise records steps on its own general hazard while the work goes on. */
    public boolean isStepOpen() {
        return currentUser.scope().isEnterprise() && hazard.getOriginInspectionId() == null
                && (hazard.getStatus() == HazardStatus.OPEN || hazard.getStatus() == HazardStatus.RECTIFYING);
    }

    public boolean isAcceptanceOpen() {
        return currentUser.scope().isEnterprise() && hazard.getStatus() == HazardStatus.AWAITING_ACCEPTANCE;
    }

    public long getPhotoMaxBytes() {
        return hazardPhotos.maxBytes();
    }

    public Hazard getHazard() { return hazard; }
    public RectificationForm getStep() { return step; }
    public AcceptanceForm getAcceptance() { return acceptance; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
