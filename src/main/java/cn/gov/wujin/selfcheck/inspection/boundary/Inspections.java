package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.inspection.control.Periods;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionAnswer;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionStatus;
import cn.gov.wujin.selfcheck.inspection.entity.ItemResult;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** 自查自改: saving, listing, deleting and submitting self-inspection records, by hand and monthly. */
@Stateless
public class Inspections {

    private static final Logger LOG = Logger.getLogger(Inspections.class.getName());

    /** Drafts per transaction of the automatic submission: well below Derby's lock escalation (5,000 rows). */
    static final int AUTO_SUBMIT_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Enterprises enterprises;

    @Inject
    Standards standards;

    @Inject
    Hazards hazards;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    AutoSubmitChunk autoSubmitChunk;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.day", defaultValue = "25")
    int autoSubmitDay;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.hour", defaultValue = "1")
    int autoSubmitHour;

    /**
     * 保存: creates a draft (draftId null) or replaces a draft's answers. General hazards are created by
     * the record (and replaced with it); major answers refer to hazards already reported. A draft's
     * form loaded at {@code draftVersion} is refused when the draft was saved since (in another tab).
     */
    public Long saveDraft(CallerScope caller, Long draftId, Long draftVersion, String inspectorName,
                          LocalDate inspectionDate, List<AnswerInput> answers) {
        Enterprise enterprise = enterprises.own(caller);
        if (inspectorName == null || inspectorName.isBlank()) {
            throw new BusinessException("inspection.inspector.required");
        }
        if (inspectorName.strip().length() > SelfInspection.INSPECTOR_LENGTH) {
            throw new BusinessException("inspection.inspector.tooLong");
        }
        LocalDate date = inspectionDate == null ? LocalDate.now(clock) : inspectionDate;
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("inspection.date.future");
        }
        String period = Periods.format(Periods.periodOf(date, autoSubmitDay));
        LocalDateTime now = LocalDateTime.now(clock);
        SelfInspection inspection;
        List<StoredImage> replacedPhotos = List.of();
        if (draftId == null) {
            ChecklistStandard standard = standards.publishedFor(enterprise.getType())
                    .orElseThrow(() -> new BusinessException("standard.none", enterprise.getType().getFullName()));
            inspection = new SelfInspection(enterprise, standard, inspectorName, date, period, now, caller.username());
            em.persist(inspection);
        } else {
            inspection = ownDraft(caller, draftId);
            StaleRecordException.refuseIfStale(draftVersion, inspection.getVersion(), inspection.getUpdatedAt(),
                    inspection.getUpdatedBy());
            inspection.revise(inspectorName, date, period, now, caller.username());
            replacedPhotos = removeGeneralHazardsOf(inspection);
        }
        Set<Long> seen = new HashSet<>();
        for (AnswerInput answer : answers) {
            if (answer.getItemId() == null) {
                throw new BusinessException("inspection.item.unknown");
            }
            if (!seen.add(answer.getItemId())) {
                throw new BusinessException("inspection.item.twice");
            }
        }
        // The record's own standard version (a draft keeps the version it was started on), in one query.
        Map<Long, ChecklistItem> items = standards.itemsOf(inspection.getStandard().getId(), seen);
        List<InspectionAnswer> rows = new ArrayList<>();
        for (AnswerInput answer : answers) {
            ChecklistItem item = items.get(answer.getItemId());
            if (item == null) {
                throw new BusinessException("inspection.item.unknown");
            }
            Hazard hazard = switch (answer.getResult()) {
                case NONE -> null;
                case GENERAL -> {
                    if (answer.getGeneral() == null) {
                        throw new BusinessException("inspection.general.missing");
                    }
                    yield hazards.recordGeneral(enterprise, item, inspection.getId(), answer.getGeneral(), caller.username());
                }
                case MAJOR -> hazards.ownMajor(enterprise, answer.getMajorHazardId());
            };
            rows.add(new InspectionAnswer(inspection, item, answer.getResult(), hazard));
        }
        inspection.replaceAnswers(rows);
        em.flush();
        hazardPhotos.releaseAfterCommit(enterprise.getId(), replacedPhotos);
        return inspection.getId();
    }

    /** 新建自查: the standard of the caller's type, today's date, no answers. */
    public InspectionForm newForm(CallerScope caller) {
        Enterprise enterprise = enterprises.own(caller);
        ChecklistStandard standard = standards.currentFor(enterprise.getType());
        return new InspectionForm(null, null, standards.printable(standard.getId()), null, LocalDate.now(clock), Map.of());
    }

    /** 修改: a draft reopened with its answers, on the standard version it answered. */
    public InspectionForm editForm(CallerScope caller, Long draftId) {
        SelfInspection inspection = ownDraft(caller, draftId);
        Map<Long, AnswerInput> answers = new LinkedHashMap<>();
        for (InspectionAnswer answer : inspection.getAnswers()) {
            Long itemId = answer.getItem().getId();
            answers.put(itemId, switch (answer.getResult()) {
                case NONE -> AnswerInput.none(itemId);
                case GENERAL -> AnswerInput.general(itemId, Hazards.formOf(answer.getHazard()));
                case MAJOR -> AnswerInput.major(itemId, answer.getHazard().getId());
            });
        }
        return new InspectionForm(inspection.getId(), inspection.getVersion(), standards.printable(inspection.getStandard().getId()),
                inspection.getInspectorName(), inspection.getInspectionDate(), answers);
    }

    /** 当前月自查记录: the caller's saved, unsubmitted records. */
    public List<InspectionSummary> drafts(CallerScope caller) {
        Enterprise enterprise = enterprises.own(caller);
        return em.createNamedQuery(SelfInspection.FIND_DRAFTS, SelfInspection.class)
                .setParameter("enterpriseId", enterprise.getId()).getResultStream()
                .map(InspectionSummary::new).toList();
    }

    /** 历史记录: one page of the submitted records of an enterprise in scope, newest first, filtered. */
    public List<InspectionSummary> history(CallerScope caller, Long enterpriseId, HistoryFilter filter, int first, int pageSize) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return historyQuery("SELECT i", SelfInspection.class, enterprise, filter, " ORDER BY i.submittedAt DESC, i.id DESC")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultStream().map(InspectionSummary::new).toList();
    }

    public long countHistory(CallerScope caller, Long enterpriseId, HistoryFilter filter) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return historyQuery("SELECT COUNT(i)", Long.class, enterprise, filter, "").getSingleResult();
    }

    private <T> TypedQuery<T> historyQuery(String select, Class<T> type, Enterprise enterprise, HistoryFilter filter,
                                           String order) {
        HistoryFilter f = filter == null ? new HistoryFilter() : filter;
        if (f.isRangeReversed()) {
            throw new BusinessException("inspection.filter.rangeReversed");
        }
        StringBuilder jpql = new StringBuilder(select).append(" FROM SelfInspection i WHERE i.enterprise.id = :enterpriseId"
                + " AND i.status = cn.gov.wujin.selfcheck.inspection.entity.InspectionStatus.SUBMITTED");
        if (f.getFrom() != null) {
            jpql.append(" AND i.inspectionDate >= :from");
        }
        if (f.getTo() != null) {
            jpql.append(" AND i.inspectionDate <= :to");
        }
        if (Like.given(f.getInspector())) {
            jpql.append(" AND LOWER(i.inspectorName) LIKE :inspector").append(Like.ESCAPE);
        }
        String found = "(SELECT a FROM InspectionAnswer a WHERE a.inspection = i"
                + " AND a.result <> cn.gov.wujin.selfcheck.inspection.entity.ItemResult.NONE)";
        switch (f.getHazards()) {
            case WITH -> jpql.append(" AND EXISTS ").append(found);
            case WITHOUT -> jpql.append(" AND NOT EXISTS ").append(found);
            case ANY -> { }
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("enterpriseId", enterprise.getId());
        if (f.getFrom() != null) {
            query.setParameter("from", f.getFrom());
        }
        if (f.getTo() != null) {
            query.setParameter("to", f.getTo());
        }
        if (Like.given(f.getInspector())) {
            query.setParameter("inspector", Like.containing(f.getInspector()));
        }
        return query;
    }

    /**
     * 对比: two records of the same enterprise in scope, the older on the left, item by item, matched
     * by content across standard versions.
     */
    public InspectionComparison compare(CallerScope caller, Long firstId, Long secondId) {
        SelfInspection a = inScope(caller, firstId);
        SelfInspection b = inScope(caller, secondId);
        if (a.getId().equals(b.getId())) {
            throw new BusinessException("inspection.compare.same");
        }
        if (!a.getEnterprise().getId().equals(b.getEnterprise().getId())) {
            throw new BusinessException("inspection.compare.otherEnterprise");
        }
        boolean aFirst = a.getInspectionDate().isBefore(b.getInspectionDate())
                || a.getInspectionDate().equals(b.getInspectionDate()) && a.getId() < b.getId();
        SelfInspection older = aFirst ? a : b;
        SelfInspection newer = aFirst ? b : a;
        RecordComparison rows = RecordComparison.of(side(older), side(newer));
        return new InspectionComparison(new InspectionSummary(older), new InspectionSummary(newer), rows);
    }

    private RecordComparison.Side side(SelfInspection inspection) {
        Map<Long, RecordComparison.Answer> answers = new HashMap<>();
        for (InspectionAnswer answer : inspection.getAnswers()) {
            Hazard hazard = answer.getHazard();
            // A major hazard's description is its 现状及其产生原因.
            String text = hazard == null ? null : hazard.getLocation() + "：" + hazard.getDescription();
            answers.put(answer.getItem().getId(), new RecordComparison.Answer(answer.getResult().name(), text));
        }
        return new RecordComparison.Side(standards.printable(inspection.getStandard().getId()), answers);
    }

    /** A record in scope with its answers by item id (for 查看 and for reopening a draft). */
    public InspectionDetail detail(CallerScope caller, Long inspectionId) {
        SelfInspection inspection = inScope(caller, inspectionId);
        Map<Long, InspectionAnswer> byItem = inspection.getAnswers().stream()
                .collect(Collectors.toMap(a -> a.getItem().getId(), Function.identity()));
        return new InspectionDetail(inspection, byItem);
    }

    /** 删除: a draft and the general hazards only it created; a reported major hazard stays. */
    public void delete(CallerScope caller, Long inspectionId) {
        SelfInspection inspection = ownDraft(caller, inspectionId);
        inspection.replaceAnswers(List.of());
        em.flush();
        List<StoredImage> photos = removeGeneralHazardsOf(inspection);
        em.remove(inspection);
        hazardPhotos.releaseAfterCommit(inspection.getEnterprise().getId(), photos);
    }

    /** 上报: once, by the enterprise itself. */
    public void submit(CallerScope caller, Long inspectionId) {
        SelfInspection inspection = ownDraft(caller, inspectionId);
        inspection.submit(caller.username(), clock);
        hazards.releaseFromDrafts(List.of(inspection.getId()));
        audit.record(caller, AuditAction.INSPECTION_SUBMITTED, "inspection", inspection.getId(),
                inspection.getEnterprise().getName(), inspection.getPeriod());
    }

    /**
     * The monthly automatic submission: every draft whose period is due is submitted, marked 自动上报.
     * Outside a transaction: the ids of the due drafts are read first, then submitted in chunks of
     * {@link #AUTO_SUBMIT_CHUNK}, each chunk its own transaction that locks its rows and submits only
     * those still drafts ({@link AutoSubmitChunk}). So no transaction holds more than a chunk's row
     * locks (Derby would escalate thousands to a table lock and stop every page that reads the
     * table), pages keep answering while it runs, and a second run, a run on another cluster member
     * or a run after a crash midway submits nothing twice. Safe to call at any time (the start-up
     * catch-up does).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int autoSubmitDue() {
        YearMonth due = Periods.lastDuePeriod(LocalDateTime.now(clock), autoSubmitDay, autoSubmitHour);
        String period = Periods.format(due);
        List<Long> ids = em.createNamedQuery(SelfInspection.FIND_DUE_DRAFT_IDS, Long.class)
                .setParameter("period", period)
                .getResultList();
        int submitted = 0;
        for (int from = 0; from < ids.size(); from += AUTO_SUBMIT_CHUNK) {
            List<Long> chunk = List.copyOf(ids.subList(from, Math.min(ids.size(), from + AUTO_SUBMIT_CHUNK)));
            submitted += TransientFailures.retried(() -> autoSubmitChunk.submit(chunk, period));
        }
        int count = submitted;
        LOG.info(() -> "Automatic submission for periods up to " + due + ": " + count + " records");
        return submitted;
    }

    /** Removes the general hazards a draft created; returns their photos, whose files may now be unused. */
    private List<StoredImage> removeGeneralHazardsOf(SelfInspection inspection) {
        inspection.replaceAnswers(List.of());
        em.flush();
        return hazards.removeGeneralOf(inspection.getId());
    }

    private SelfInspection inScope(CallerScope caller, Long inspectionId) {
        SelfInspection inspection = inspectionId == null ? null : em.find(SelfInspection.class, inspectionId);
        if (inspection == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, inspection.getEnterprise().getId());
        return inspection;
    }

    private SelfInspection ownDraft(CallerScope caller, Long inspectionId) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        SelfInspection inspection = inScope(caller, inspectionId);
        inspection.requireDraft();
        return inspection;
    }
}
