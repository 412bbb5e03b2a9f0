package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
import cn.gov.wujin.selfcheck.hazard.entity.PhotoFile;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
    public Hazard recordGeneral(Enterprise enterprise, ChecklistItem item,
                                cn.gov.wujin.selfcheck.inspection.entity.SelfInspection origin,
                                GeneralHazardForm form, String by) {
        check(form);
        checkDeadline(form.getDeadline());
        for (PhotoFile photo : form.getPhotos()) {
            if (!hazardPhotos.isUploaded(enterprise.getId(), photo)) {
                throw new BusinessException("hazard.photo.missing");
            }
        }
        Hazard hazard = Hazard.general(enterprise, item, origin, form, by, LocalDateTime.now(clock));
        em.persist(hazard);
        return hazard;
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
        form.setPhotos(hazard.getPhotos().stream().map(HazardPhoto::toFile).toList());
        return form;
    }

    /** The major hazards of an enterprise in scope, newest first. */
    public List<Hazard> majorHazards(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createNamedQuery(Hazard.FIND_BY_ENTERPRISE_AND_KIND, Hazard.class)
                .setParameter("enterpriseId", enterprise.getId()).setParameter("kind", HazardKind.MAJOR)
                .setMaxResults(500).getResultList();
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
    private String checkedSituation(ChecklistItem item, String chosen) {
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

    private void check(Object form) {
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
