package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hazards as the self-inspection finds them; major ones are reported at once. */
@Stateless
public class Hazards {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Standards standards;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    HazardPhotos hazardPhotos;

    /**
     * 重大隐患上报: stored and visible to the authority at once, whether or not the inspection is ever
     * saved; from then on the enterprise can neither edit nor delete it.
     */
    public Long reportMajor(CallerScope caller, Long itemId, MajorHazardForm form) {
        Enterprise enterprise = enterprises.own(caller);
        ChecklistItem item = itemOfOwnStandard(enterprise, itemId);
        check(form);
        checkDeadline(form.getDeadline());
        form.setMajorSituation(checkedSituation(item, form.getMajorSituation()));
        Hazard hazard = Hazard.major(enterprise, item, form, caller.username(), LocalDateTime.now(clock));
        em.persist(hazard);
        em.flush();
        return hazard.getId();
    }

    /** A general hazard found by a draft record (the record's boundary calls this while saving). */
    public Hazard recordGeneral(Enterprise enterprise, ChecklistItem item, Long originInspectionId,
                                GeneralHazardForm form, String by) {
        check(form);
        checkDeadline(form.getDeadline());
        for (StoredImage photo : form.getPhotos()) {
            if (!hazardPhotos.isUploaded(enterprise.getId(), photo)) {
                throw new BusinessException("hazard.photo.missing");
            }
        }
        Hazard hazard = Hazard.general(enterprise, item, originInspectionId, form, by, LocalDateTime.now(clock));
        em.persist(hazard);
        return hazard;
    }

    /**
     * Removes the general hazards a draft record created (the record's boundary calls this when the
     * draft is saved again or deleted, after dropping the answers that refer to them); returns their
     * photos, whose files may now be unused.
     */
    public List<StoredImage> removeGeneralOf(Long inspectionId) {
        List<Hazard> created = em.createNamedQuery(Hazard.FIND_BY_ORIGIN, Hazard.class)
                .setParameter("inspectionId", inspectionId).getResultList();
        List<StoredImage> photos = created.stream().flatMap(h -> h.getAllPhotos().stream()).map(HazardPhoto::getImage).toList();
        created.forEach(em::remove);
        em.flush();
        return photos;
    }

    /**
     * The records with these ids were submitted: the general hazards they found no longer go with the
     * draft and are now the enterprise's to rectify (未整改隐患). One statement for a chunk of the
     * monthly run.
     */
    public void releaseFromDrafts(List<Long> inspectionIds) {
        if (!inspectionIds.isEmpty()) {
            em.createNamedQuery(Hazard.RELEASE_FROM_ORIGINS).setParameter("inspectionIds", inspectionIds).executeUpdate();
        }
    }

    /** Checks a general hazard's data as the dialog submits it (the same rules apply again on saving). */
    public void checkGeneral(GeneralHazardForm form) {
        check(form);
        checkDeadline(form.getDeadline());
    }

    /** The dialog's data of a stored general hazard, for reopening a draft. */
    public static GeneralHazardForm formOf(Hazard hazard) {
        GeneralHazardForm form = new GeneralHazardForm();
        form.setLocation(hazard.getLocation());
        form.setDescription(hazard.getDescription());
        form.setHazardType(hazard.getHazardType());
        form.setResponsible(hazard.getResponsible());
        form.setDeadline(hazard.getDeadline());
        form.setPlannedFunds(hazard.getPlannedFunds());
        form.setRectifiedImmediately(hazard.isRectifiedImmediately());
        form.setPhotos(hazard.getPhotos().stream().map(HazardPhoto::getImage).toList());
        return form;
    }

    /** The major hazards of an enterprise in scope, newest first. */
    public List<Hazard> majorHazards(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createNamedQuery(Hazard.FIND_BY_ENTERPRISE_AND_KIND, Hazard.class)
                .setParameter("enterpriseId", enterprise.getId()).setParameter("kind", HazardKind.MAJOR)
                .setMaxResults(500).getResultList();
    }

    /**
     * One page of the major hazards reported by the enterprises in an officer's scope, newest first.
     * An enterprise has its own list ({@link #majorHazards}) and is refused here.
     */
    public List<MajorHazardRow> majorHazardsInScope(CallerScope caller, MajorHazardFilter filter, int first, int pageSize) {
        refuseUnlessOfficer(caller);
        HazardCriteria criteria = criteria(caller, filter, LocalDate.now(clock));
        TypedQuery<MajorHazardRow> query = em.createQuery("SELECT NEW " + MajorHazardRow.class.getName()
                + "(h.id, h.reportedAt, h.enterprise.id, h.enterprise.name, h.enterprise.town.name, h.location, "
                + "h.description, h.deadline, h.status) FROM Hazard h WHERE " + criteria.where()
                + " ORDER BY h.reportedAt DESC, h.id DESC", MajorHazardRow.class);
        return criteria.bind(query)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultList();
    }

    /** How many major hazards {@link #majorHazardsInScope} finds in all. */
    public long countMajorHazardsInScope(CallerScope caller, MajorHazardFilter filter) {
        refuseUnlessOfficer(caller);
        HazardCriteria criteria = criteria(caller, filter, LocalDate.now(clock));
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE " + criteria.where(), Long.class);
        return criteria.bind(query).getSingleResult();
    }

    /** A reported major hazard in full; one of an enterprise outside the caller's scope, or an unknown id, is refused. */
    public MajorHazardReport majorHazard(CallerScope caller, Long hazardId) {
        Hazard hazard = hazardId == null ? null : em.find(Hazard.class, hazardId);
        if (hazard == null || hazard.getKind() != HazardKind.MAJOR) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, hazard.getEnterprise().getId());
        return MajorHazardReport.of(hazard);
    }

    private static void refuseUnlessOfficer(CallerScope caller) {
        if (!caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
    }

    /** The WHERE clause of the officers' major-hazard list: scope, kind, then each filter that is set. */
    private static HazardCriteria criteria(CallerScope caller, MajorHazardFilter filter, LocalDate today) {
        MajorHazardFilter f = filter == null ? new MajorHazardFilter() : filter;
        return HazardCriteria.inScope(caller)
                .and("h.kind = :kind", "kind", HazardKind.MAJOR)
                .and("LOWER(h.enterprise.name) LIKE :enterpriseName" + Like.ESCAPE, "enterpriseName",
                        Like.given(f.getEnterpriseName()) ? Like.containing(f.getEnterpriseName()) : null)
                .and("h.enterprise.town.id = :townId", "townId", f.getTownId())
                .and("h.status = :status", "status", f.getStatus())
                .and("h.source = :source", "source", f.getSource())
                .and("h.status <> :closed", "closed", f.isOpenOnly() || f.isOverdueOnly() ? HazardStatus.CLOSED : null)
                .and("h.deadline < :today", "today", f.isOverdueOnly() ? today : null)
                .and("h.reportedAt >= :reportedFrom", "reportedFrom",
                        f.getReportedFrom() == null ? null : f.getReportedFrom().atStartOfDay())
                .and("h.reportedAt < :reportedBefore", "reportedBefore",
                        f.getReportedTo() == null ? null : f.getReportedTo().plusDays(1).atStartOfDay());
    }

    /** A major hazard of the caller's own enterprise, for an answer that refers to it. */
    public Hazard ownMajor(Enterprise enterprise, Long hazardId) {
        Hazard hazard = hazardId == null ? null : em.find(Hazard.class, hazardId);
        if (hazard == null || hazard.getKind() != HazardKind.MAJOR || !hazard.getEnterprise().getId().equals(enterprise.getId())) {
            throw new AccessDeniedException();
        }
        return hazard;
    }

    public ChecklistItem itemOfOwnStandard(Enterprise enterprise, Long itemId) {
        ChecklistStandard standard = standards.publishedFor(enterprise.getType())
                .orElseThrow(() -> new BusinessException("standard.none", enterprise.getType().getFullName()));
        ChecklistItem item = itemId == null ? null : em.find(ChecklistItem.class, itemId);
        if (item == null || !item.getCategory().getStandard().getId().equals(standard.getId())) {
            throw new BusinessException("inspection.item.unknown");
        }
        return item;
    }

    /**
     * The 判定标准 situation of a major hazard: none for an item that maps to no situation; for one that
     * does, a situation is required and must be one that the items of the same standard map to.
     */
    public String checkedSituation(ChecklistItem item, String chosen) {
        if (item.getMajorSituation() == null) {
            return null;
        }
        if (chosen == null || chosen.isBlank()) {
            throw new BusinessException("hazard.majorSituation.required");
        }
        boolean known = em.createNamedQuery(ChecklistItem.COUNT_WITH_SITUATION, Long.class)
                .setParameter("standardId", item.getCategory().getStandard().getId())
                .setParameter("situation", chosen).getSingleResult() > 0;
        if (!known) {
            throw new BusinessException("hazard.majorSituation.unknown");
        }
        return chosen;
    }

    public void check(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new BusinessException("hazard.form.invalid", violations.iterator().next().getMessage());
        }
    }

    private void checkDeadline(LocalDate deadline) {
        if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
            throw new BusinessException("hazard.deadline.past");
        }
    }
}
