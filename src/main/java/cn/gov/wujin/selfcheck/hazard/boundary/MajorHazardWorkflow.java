package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.control.HazardAccess;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import cn.gov.wujin.selfcheck.hazard.entity.AttachedFile;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.SafetyMeasures;
import cn.gov.wujin.selfcheck.hazard.entity.Supervision;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import cn.gov.wujin.selfcheck.notice.boundary.Reminders;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The major hazard from its report to 销号 (DOMAIN.md; 16号令 第十四条, 第十五条). The enterprise adds to
 * a returned report, confirms the 第十五条 measures, asks for 延期 and for 验收; officers in scope
 * (属地, 行业部门, 区安委办) 挂牌督办 or return a report, decide 延期 and 验收. Every step is a method
 * of {@link Hazard} that refuses what the life cycle forbids and writes the trail row; every write is
 * at the version the caller's page loaded; every officer decision tells the enterprise through a
 * 系统提醒.
 */
@Stateless
public class MajorHazardWorkflow {

    static final int MAX_TEXT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    HazardAccess access;

    @Inject
    Reminders reminders;

    @Inject
    Audit audit;

    @Inject
    HazardAttachments attachmentFiles;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.hazard.review-days", defaultValue = "10")
    int reviewDays;

    @Inject
    @ConfigProperty(name = "selfcheck.supervision.document-prefix", defaultValue = "武安督")
    String documentPrefix;

    // ---- the enterprise ----

    /** 补充信息 after a 退回补充; the report goes back to the authority as 已上报. */
    public void supplement(CallerScope caller, Long hazardId, long loadedVersion, String addition) {
        Hazard hazard = ownMajor(caller, hazardId, loadedVersion);
        hazard.supplement(limited(addition, MAX_TEXT), HazardAccess.actor(caller), now());
        em.flush();
    }

    /** 第十五条: the measures taken while the hazard is open, confirmed again whenever they change. */
    public void confirmMeasures(CallerScope caller, Long hazardId, long loadedVersion, SafetyMeasures measures) {
        Hazard hazard = ownMajor(caller, hazardId, loadedVersion);
        if (measures == null || !measures.isAny()) {
            throw new BusinessException("measures.none");
        }
        hazard.confirmMeasures(measures, HazardAccess.actor(caller), now());
        em.flush();
    }

    /** 延期申请: refused after the current deadline has passed and while another request is pending. */
    public void requestExtension(CallerScope caller, Long hazardId, long loadedVersion, ExtensionForm form) {
        Hazard hazard = ownMajor(caller, hazardId, loadedVersion);
        check(form);
        hazard.requestExtension(form.getUntil(), form.getReason(), HazardAccess.actor(caller), today(), now());
        em.flush();
    }

    /** 申请验收 with the enterprise's own evaluation; the authority reviews it within the configured days. */
    public void requestAcceptance(CallerScope caller, Long hazardId, long loadedVersion, String evaluation) {
        requestAcceptance(caller, hazardId, loadedVersion, evaluation, List.of());
    }

    /** The same with the evaluation's attachments, each uploaded by this enterprise (checked by content then). */
    public void requestAcceptance(CallerScope caller, Long hazardId, long loadedVersion, String evaluation,
                                  List<AttachedFile> attachments) {
        Hazard hazard = ownMajor(caller, hazardId, loadedVersion);
        attachmentFiles.requireUploaded(hazard.getEnterprise().getId(), attachments);
        hazard.requestAcceptance(limited(evaluation, MAX_TEXT), attachments, today().plusDays(reviewDays),
                HazardAccess.actor(caller), now());
        em.flush();
    }

    // ---- the authority ----

    /** 退回补充 of a new report, with what is missing. */
    public void returnForSupplement(CallerScope caller, Long hazardId, long loadedVersion, String reason) {
        Hazard hazard = decidable(caller, hazardId, loadedVersion);
        hazard.returnForSupplement(limited(reason, MAX_TEXT), HazardAccess.actor(caller), now());
        told(caller, hazard);
    }

    /**
     * 挂牌督办 of a new report. A town officer supervises at 镇级 only; the document number is unique
     * over the district (two officers giving the same number: the second is told so).
     */
    public void supervise(CallerScope caller, Long hazardId, long loadedVersion, SupervisionForm form) {
        Hazard hazard = decidable(caller, hazardId, loadedVersion);
        check(form);
        if (caller.role() == Role.TOWN && form.getLevel() != ListingLevel.TOWN) {
            throw new BusinessException("supervision.level.town");
        }
        if (form.getDeadline().isBefore(today())) {
            throw new BusinessException("supervision.deadline.past");
        }
        String number = form.getDocumentNumber().strip();
        if (documentNumberTaken(number)) {
            throw new BusinessException("supervision.documentNumber.taken", number);
        }
        hazard.supervise(new Supervision(form.getLevel(), form.getUnit(), form.getDeadline(), number, caller.signature(),
                now()), HazardAccess.actor(caller), now());
        try {
            told(caller, hazard);
        } catch (PersistenceException e) {
            // The unique constraint: another officer took the number between the check and the write.
            throw new BusinessException("supervision.documentNumber.taken", number);
        }
    }

    /** 同意延期 (the deadline moves to the date asked for) or 不同意 with the reason. */
    public void decideExtension(CallerScope caller, Long hazardId, long loadedVersion, boolean granted, String reason) {
        Hazard hazard = decidable(caller, hazardId, loadedVersion);
        hazard.decideExtension(granted, limited(reason, MAX_TEXT), HazardAccess.actor(caller), now());
        told(caller, hazard);
    }

    /** 验收通过 (已销号) or 不通过 (back to 治理中, with the reasons). */
    public void decideAcceptance(CallerScope caller, Long hazardId, long loadedVersion, boolean passed, String opinion) {
        Hazard hazard = decidable(caller, hazardId, loadedVersion);
        hazard.decideAcceptance(passed, limited(opinion, MAX_TEXT), HazardAccess.actor(caller), now());
        told(caller, hazard);
    }

    /** The next free number of this year's 督办通知书, e.g. 武安督〔2026〕12号, as the form's suggestion. */
    public String suggestDocumentNumber() {
        int year = today().getYear();
        String prefix = documentPrefix + "〔" + year + "〕";
        long issued = em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE h.supervision.documentNumber LIKE :prefix",
                Long.class).setParameter("prefix", prefix + "%").getSingleResult();
        long next = issued + 1;
        while (documentNumberTaken(prefix + next + "号")) {
            next++;
        }
        return prefix + next + "号";
    }

    /** The 督办通知书 of a supervised hazard, for the enterprise and the officers in scope. */
    public SupervisionNotice supervisionNotice(CallerScope caller, Long hazardId) {
        Hazard hazard = access.inScope(caller, hazardId);
        if (hazard.getSupervision() == null) {
            throw new AccessDeniedException();
        }
        return SupervisionNotice.of(hazard);
    }

    /**
     * What the officer's home page flags in scope: major hazards past their deadline and not closed,
     * and 申请验收 past their review deadline.
     */
    public OverdueCounts countOverdue(CallerScope caller) {
        if (!caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
        LocalDate today = today();
        HazardCriteria rectifications = HazardCriteria.inScope(caller)
                .and("h.kind = :kind", "kind", HazardKind.MAJOR)
                .and("h.status <> :closed", "closed", HazardStatus.CLOSED)
                .and("h.deadline < :today", "today", today);
        HazardCriteria reviews = HazardCriteria.inScope(caller)
                .and("h.status = :requested", "requested", HazardStatus.ACCEPTANCE_REQUESTED)
                .and("h.reviewDeadline < :today", "today", today);
        return new OverdueCounts(count(rectifications), count(reviews));
    }

    private long count(HazardCriteria criteria) {
        return criteria.bind(em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE " + criteria.where(), Long.class))
                .getSingleResult();
    }

    private boolean documentNumberTaken(String number) {
        return em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE h.supervision.documentNumber = :number", Long.class)
                .setParameter("number", number).getSingleResult() > 0;
    }

    private Hazard ownMajor(CallerScope caller, Long hazardId, long loadedVersion) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        return major(access.forWrite(caller, hazardId, loadedVersion));
    }

    /** 属地, 行业部门 and 区安委办 decide; the system administrator and enterprises do not. */
    private Hazard decidable(CallerScope caller, Long hazardId, long loadedVersion) {
        HazardAccess.refuseUnlessInspector(caller);
        return major(access.forWrite(caller, hazardId, loadedVersion));
    }

    private static Hazard major(Hazard hazard) {
        if (hazard.getKind() != HazardKind.MAJOR) {
            throw new AccessDeniedException();
        }
        return hazard;
    }

    /** 重大隐患状态变更: the enterprise learns of the decision from a 系统提醒. */
    private void told(CallerScope caller, Hazard hazard) {
        em.flush();
        HazardEvent event = hazard.getLastEvent();
        audit.record(caller, AuditAction.MAJOR_HAZARD_DECISION, "hazard", hazard.getId(),
                hazard.getEnterprise().getName() + " · " + hazard.getLocation(), event.getAction() + " → " + hazard.getStatus());
        String title = Texts.get(Texts.DEFAULT_LOCALE, "reminder.majorDecision.title", hazard.getLocation());
        String body = Texts.get(Texts.DEFAULT_LOCALE, "reminder.majorDecision." + event.getAction(),
                hazard.getLocation(), event.getActor(), event.getComment() == null ? "" : event.getComment(),
                Texts.get(Texts.DEFAULT_LOCALE, "hazard.status." + hazard.getStatus()));
        reminders.remind(hazard.getEnterprise().getId(), Reminders.MAJOR_HAZARD_DECISION, title, body,
                HazardAccess.enterprisePage(hazard));
    }

    private static String limited(String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new BusinessException("hazard.text.tooLong", max);
        }
        return text;
    }

    private <T> void check(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new BusinessException("hazard.form.invalid", violations.stream().map(ConstraintViolation::getMessage)
                    .sorted().findFirst().orElse(""));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
