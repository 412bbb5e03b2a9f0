package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.control.HazardAccess;
import cn.gov.wujin.selfcheck.hazard.entity.Acceptance;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.notice.boundary.Reminders;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 隐患代报 and 复查: an officer in scope (属地, 行业部门, 区安委办) records a hazard found during the
 * authority's own inspection of an enterprise, general or major, against an item of that enterprise's
 * standard or free; the enterprise rectifies it like its own (marked 代报), and a general one is closed
 * only by an officer's 复查. Each tells the enterprise through a 系统提醒.
 */
@Stateless
public class OfficerReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Hazards hazards;

    @Inject
    Standards standards;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    HazardAccess access;

    @Inject
    Reminders reminders;

    @Inject
    Clock clock;

    /** The enterprise in scope that a 代报 is for, for the form's heading. */
    public Enterprise enterprise(CallerScope caller, Long enterpriseId) {
        HazardAccess.refuseUnlessInspector(caller);
        return enterprises.find(caller, enterpriseId);
    }

    /** The published standard of the enterprise's type, whose items the form offers. */
    public PrintableStandard standardOf(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprise(caller, enterpriseId);
        return standards.publishedFor(enterprise.getType()).map(s -> standards.printable(s.getId()))
                .orElseThrow(() -> new BusinessException("standard.none", enterprise.getType().getFullName()));
    }

    /** A photo of the finding, stored for the enterprise in scope (checked by content like the enterprise's own). */
    public void uploadPhoto(CallerScope caller, Long enterpriseId, List<StoredImage> photos, byte[] bytes) {
        Enterprise enterprise = enterprise(caller, enterpriseId);
        hazardPhotos.uploadFor(enterprise, photos, bytes);
    }

    public long photoMaxBytes() {
        return hazardPhotos.maxBytes();
    }

    /** 代报: stored at once and shown to the enterprise, marked 代报; returns the new hazard's id. */
    public Long report(CallerScope caller, Long enterpriseId, OfficerHazardForm form) {
        Enterprise enterprise = enterprise(caller, enterpriseId);
        hazards.checkGeneral(form);
        ChecklistItem item = form.getItemId() == null ? null : hazards.itemOfOwnStandard(enterprise, form.getItemId());
        for (StoredImage photo : form.getPhotos()) {
            if (!hazardPhotos.isUploaded(enterprise.getId(), photo)) {
                throw new BusinessException("hazard.photo.missing");
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Hazard hazard;
        if (form.getKind() == HazardKind.MAJOR) {
            String situation = item == null ? blankToNull(form.getMajorSituation())
                    : hazards.checkedSituation(item, form.getMajorSituation());
            hazard = Hazard.majorReportedByOfficer(enterprise, item, form, situation, HazardAccess.actor(caller), now);
        } else {
            hazard = Hazard.reportedByOfficer(enterprise, item, form, HazardAccess.actor(caller), now);
        }
        em.persist(hazard);
        em.flush();
        reminders.remind(enterprise.getId(), Reminders.OFFICER_HAZARD,
                Texts.get(Texts.DEFAULT_LOCALE, "reminder.officerReport.title", hazard.getLocation()),
                Texts.get(Texts.DEFAULT_LOCALE, "reminder.officerReport.body", caller.signature(), hazard.getLocation(),
                        hazard.getDescription(), hazard.getDeadline().toString(),
                        Texts.get(Texts.DEFAULT_LOCALE, "hazard.kind." + hazard.getKind())),
                HazardAccess.enterprisePage(hazard));
        return hazard.getId();
    }

    /**
     * 复查 of a 代报 hazard the enterprise finished, at the version the page loaded: 通过 closes it,
     * 不通过 sends it back to 整改中 with the reason.
     */
    public void recheck(CallerScope caller, Long hazardId, long loadedVersion, AcceptanceForm form) {
        HazardAccess.refuseUnlessInspector(caller);
        Hazard hazard = access.forWrite(caller, hazardId, loadedVersion);
        hazards.check(form);
        if (form.getAcceptedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("acceptance.date.future");
        }
        Acceptance result = hazard.recheck(form.getReviewOpinion(), form.getAcceptor(), form.getAcceptedOn(),
                form.getPassed(), form.getReason(), HazardAccess.actor(caller), LocalDateTime.now(clock));
        em.persist(result);
        em.flush();
        reminders.remind(hazard.getEnterprise().getId(), Reminders.OFFICER_HAZARD,
                Texts.get(Texts.DEFAULT_LOCALE, "reminder.recheck.title", hazard.getLocation()),
                Texts.get(Texts.DEFAULT_LOCALE, result.isPassed() ? "reminder.recheck.passed" : "reminder.recheck.failed",
                        hazard.getLocation(), caller.signature(), result.isPassed() ? form.getReviewOpinion() : form.getReason()),
                HazardAccess.enterprisePage(hazard));
    }

    /** How many 代报 hazards in scope wait for 复查, for the officer's home page. */
    public long countAwaitingRecheck(CallerScope caller) {
        if (!caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
        HazardCriteria criteria = HazardCriteria.inScope(caller)
                .and("h.source = :source", "source", HazardSource.OFFICER)
                .and("h.status = :status", "status", HazardStatus.AWAITING_ACCEPTANCE);
        return criteria.bind(em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE " + criteria.where(), Long.class))
                .getSingleResult();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
