package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import cn.gov.wujin.selfcheck.hazard.entity.Acceptance;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.Rectification;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
    Validator validator;

    @Inject
    Clock clock;

    /** One page of the hazards not closed: overdue first by deadline, then by deadline. */
    public List<OpenHazardRow> openHazards(CallerScope caller, OpenHazardFilter filter, int first, int pageSize) {
        HazardCriteria criteria = criteria(caller, filter, LocalDate.now(clock));
        TypedQuery<OpenHazardRow> query = em.createQuery("SELECT NEW " + OpenHazardRow.class.getName()
                + "(h.id, h.reportedAt, h.location, h.description, h.hazardType, h.responsible, h.deadline, h.kind, h.status)"
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

    /** A general hazard in the caller's scope with its steps and acceptances; another's or an unknown id is refused. */
    public Hazard general(CallerScope caller, Long hazardId) {
        Hazard hazard = inScope(caller, hazardId);
        hazard.getRectifications().forEach(step -> step.getPhotos().size());
        hazard.getAcceptances().size();
        hazard.getAllPhotos().size();
        return hazard;
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
                form.getCompletedOn(), form.isFinished(), form.getPhotos(), caller.username(), LocalDateTime.now(clock));
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
                form.getPassed(), form.getReason(), caller.username(), LocalDateTime.now(clock));
        em.persist(acceptance);
        em.flush();
    }

    private Hazard ownHazard(CallerScope caller, Long hazardId, long loadedVersion) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        Hazard hazard = inScope(caller, hazardId);
        StaleRecordException.refuseIfStale(loadedVersion, hazard.getVersion(), lastChange(hazard), null);
        // Every step raises the version, also one that leaves the status as it is: a second tab loaded
        // before it is refused, and two saves at once meet at the hazard's row.
        em.lock(hazard, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return hazard;
    }

    private static LocalDateTime lastChange(Hazard hazard) {
        return Stream.concat(
                        hazard.getRectifications().stream().map(Rectification::getRecordedAt),
                        hazard.getAcceptances().stream().map(Acceptance::getRecordedAt))
                .max(Comparator.naturalOrder()).orElse(hazard.getReportedAt());
    }

    private Hazard inScope(CallerScope caller, Long hazardId) {
        Hazard hazard = hazardId == null ? null : em.find(Hazard.class, hazardId);
        if (hazard == null) {
            throw new AccessDeniedException();
        }
        Enterprise enterprise = hazard.getEnterprise();
        if (!caller.covers(enterprise.getId(), enterprise.getTown().getId(), enterprise.getDepartment().getId())) {
            throw new AccessDeniedException();
        }
        return hazard;
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
                .and("h.reportedAt >= :periodStart", "periodStart",
                        f.getPeriod() == null ? null : f.getPeriod().atDay(1).atStartOfDay())
                .and("h.reportedAt < :periodEnd", "periodEnd",
                        f.getPeriod() == null ? null : f.getPeriod().plusMonths(1).atDay(1).atStartOfDay())
                .and("h.deadline < :today", "today", f.isOverdueOnly() ? today : null);
    }
}
