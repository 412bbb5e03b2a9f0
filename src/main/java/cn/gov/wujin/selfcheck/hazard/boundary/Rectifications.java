package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.control.HazardAccess;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import cn.gov.wujin.selfcheck.hazard.entity.Acceptance;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.Rectification;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * 未整改隐患 and the 自改 of general hazards (manual §4.4): the list of what is not closed, each
 * rectification step, and the acceptance that closes a hazard or sends it back. An enterprise acts
 * on its own hazards only; officers read those in their scope.
 */
@Stateless
public class Rectifications {

    /** The longest page of the list. */
    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    HazardAccess access;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** One page of the hazards not closed: overdue first by deadline, then by deadline. */
    public List<OpenHazardRow> openHazards(CallerScope caller, OpenHazardFilter filter, int first, int pageSize) {
        HazardCriteria criteria = criteria(caller, filter, LocalDate.now(clock));
        TypedQuery<OpenHazardRow> query = em.createQuery("SELECT NEW " + OpenHazardRow.class.getName()
                + "(h.id, h.reportedAt, h.location, h.description, h.hazardType, h.responsible, h.deadline, h.kind, h.status, h.source)"
                + " FROM Hazard h WHERE " + criteria.where() + " ORDER BY h.deadline, h.id", OpenHazardRow.class);
        return criteria.bind(query)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE))
                .getResultList();
    }

    public long countOpenHazards(CallerScope caller, OpenHazardFilter filter) {
        HazardCriteria criteria = criteria(caller, filter, LocalDate.now(clock));
        return criteria.bind(em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE " + criteria.where(), Long.class))
                .getSingleResult();
    }

    /**
     * A hazard (general or major) in the caller's scope with its steps, acceptances and trail; another's
     * or an unknown id is refused.
     */
    public Hazard hazard(CallerScope caller, Long hazardId) {
        return access.loaded(caller, hazardId);
    }

    /**
     * 整改: a step of the work on one of the enterprise's own hazards, at the version the page loaded
     * (a stale page is refused, nothing written). Photos must have been uploaded by this enterprise.
     */
    public void recordStep(CallerScope caller, Long hazardId, long loadedVersion, RectificationForm form) {
        Hazard hazard = ownHazard(caller, hazardId, loadedVersion);
        check(form);
        if (form.getCompletedOn() != null && form.getCompletedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("rectification.date.future");
        }
        for (StoredImage photo : form.getPhotos()) {
            if (!hazardPhotos.isUploaded(hazard.getEnterprise().getId(), photo)) {
                throw new BusinessException("hazard.photo.missing");
            }
        }
        Rectification step = hazard.recordRectification(form.getMeasures(), form.getFundsUsed(), form.getResponsible(),
                form.getCompletedOn(), form.isFinished(), form.getPhotos(), HazardAccess.actor(caller), LocalDateTime.now(clock));
        em.persist(step);
        step.getPhotos().forEach(em::persist);
        em.flush();
    }

    /** 验收 of the enterprise's own hazard whose work is finished: 通过 closes it, 不通过 sends it back to 整改中. */
    public void recordAcceptance(CallerScope caller, Long hazardId, long loadedVersion, AcceptanceForm form) {
        Hazard hazard = ownHazard(caller, hazardId, loadedVersion);
        check(form);
        if (form.getAcceptedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("acceptance.date.future");
        }
        Acceptance acceptance = hazard.recordAcceptance(form.getReviewOpinion(), form.getAcceptor(), form.getAcceptedOn(),
                form.getPassed(), form.getReason(), HazardAccess.actor(caller), LocalDateTime.now(clock));
        em.persist(acceptance);
        em.flush();
    }

    private Hazard ownHazard(CallerScope caller, Long hazardId, long loadedVersion) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        return access.forWrite(caller, hazardId, loadedVersion);
    }

    private <T> void check(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new BusinessException("hazard.form.invalid", violations.stream().map(ConstraintViolation::getMessage)
                    .sorted().findFirst().orElse(""));
        }
    }

    /** Not closed, not a draft's, in scope, then each filter that is set. */
    private static HazardCriteria criteria(CallerScope caller, OpenHazardFilter filter, LocalDate today) {
        OpenHazardFilter f = filter == null ? new OpenHazardFilter() : filter;
        return HazardCriteria.inScope(caller)
                .and("h.status <> :closed", "closed", HazardStatus.CLOSED)
                .and("h.originInspectionId IS NULL")
                .and("h.status = :status", "status", f.getStatus())
                .and("h.kind = :kind", "kind", f.getKind())
                .and("h.source = :source", "source", f.getSource())
                .and("h.reportedAt >= :periodStart", "periodStart",
                        f.getPeriod() == null ? null : f.getPeriod().atDay(1).atStartOfDay())
                .and("h.reportedAt < :periodEnd", "periodEnd",
                        f.getPeriod() == null ? null : f.getPeriod().plusMonths(1).atDay(1).atStartOfDay())
                .and("h.deadline < :today", "today", f.isOverdueOnly() ? today : null);
    }
}
