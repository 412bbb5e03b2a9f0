package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.hazard.control.HazardCriteria;
import cn.gov.wujin.selfcheck.hazard.entity.Acceptance;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAction;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 隐患台帐 (第十三条): every hazard of submitted records and every major hazard, of one enterprise or of
 * the caller's whole scope, oldest first, with the funds used, the last 整改审查意见 and 验收结果. Pages
 * for the screen; chunks in key order for the exports, each its own short transaction.
 */
@Stateless
public class HazardLedger {

    static final int MAX_PAGE = 500;

    private static final String SELECT = "SELECT NEW " + LedgerRow.class.getName()
            + "(h.id, h.enterprise.name, h.reportedAt, h.location, h.hazardType, h.description, h.responsible,"
            + " h.deadline, h.kind, h.status, h.source) FROM Hazard h WHERE ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    public List<LedgerRow> page(CallerScope caller, LedgerFilter filter, int first, int pageSize) {
        HazardCriteria criteria = criteria(caller, filter);
        List<LedgerRow> rows = criteria.bind(em.createQuery(SELECT + criteria.where() + " ORDER BY h.reportedAt, h.id",
                        LedgerRow.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE))
                .getResultList();
        return completed(rows);
    }

    public long count(CallerScope caller, LedgerFilter filter) {
        HazardCriteria criteria = criteria(caller, filter);
        return criteria.bind(em.createQuery("SELECT COUNT(h) FROM Hazard h WHERE " + criteria.where(), Long.class))
                .getSingleResult();
    }

    /**
     * The rows after {@code (afterReportedAt, afterId)} in the ledger's order (both null: from the start),
     * at most {@code size}: an export reads the whole ledger chunk by chunk, never all of it at once.
     */
    public List<LedgerRow> chunk(CallerScope caller, LedgerFilter filter, LocalDateTime afterReportedAt, Long afterId, int size) {
        HazardCriteria criteria = criteria(caller, filter);
        if (afterReportedAt != null) {
            criteria.and("(h.reportedAt > :afterAt OR (h.reportedAt = :afterAt AND h.id > :afterId))", "afterAt", afterReportedAt);
        }
        TypedQuery<LedgerRow> query = criteria.bind(em.createQuery(SELECT + criteria.where()
                + " ORDER BY h.reportedAt, h.id", LedgerRow.class));
        if (afterReportedAt != null) {
            query.setParameter("afterId", afterId);
        }
        return completed(query.setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList());
    }

    /** The name of the enterprise a one-enterprise ledger is about, for the export's title. */
    public String enterpriseName(CallerScope caller, Long enterpriseId) {
        return enterprises.find(caller, enterpriseId).getName();
    }

    /** Funds per hazard in one GROUP BY, the last acceptance of each (the enterprise's or the authority's). */
    private List<LedgerRow> completed(List<LedgerRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(LedgerRow::getId).toList();
        Map<Long, LedgerRow> byId = rows.stream().collect(Collectors.toMap(LedgerRow::getId, Function.identity()));
        for (Object[] funds : em.createQuery("SELECT r.hazard.id, SUM(r.fundsUsed) FROM Rectification r"
                + " WHERE r.hazard.id IN :ids GROUP BY r.hazard.id", Object[].class).setParameter("ids", ids).getResultList()) {
            byId.get((Long) funds[0]).fundsUsed((BigDecimal) funds[1]);
        }
        for (Acceptance a : em.createQuery("SELECT a FROM Acceptance a WHERE a.hazard.id IN :ids ORDER BY a.recordedAt, a.id",
                Acceptance.class).setParameter("ids", ids).getResultList()) {
            byId.get(a.getHazard().getId()).accepted(a.isPassed() ? a.getReviewOpinion()
                    : a.getReviewOpinion() + (a.getReason() == null ? "" : "（" + a.getReason() + "）"), a.isPassed());
        }
        for (HazardEvent e : em.createQuery("SELECT e FROM HazardEvent e WHERE e.hazard.id IN :ids AND e.action IN :actions"
                        + " ORDER BY e.occurredAt, e.id", HazardEvent.class).setParameter("ids", ids)
                .setParameter("actions", List.of(HazardAction.ACCEPTANCE_PASSED, HazardAction.ACCEPTANCE_FAILED)).getResultList()) {
            byId.get(e.getHazard().getId()).accepted(e.getComment(), e.getAction() == HazardAction.ACCEPTANCE_PASSED);
        }
        return rows;
    }

    /** In scope, not a draft's; one enterprise (refused outside the scope), reporting months, level, status. */
    private HazardCriteria criteria(CallerScope caller, LedgerFilter filter) {
        LedgerFilter f = filter == null ? new LedgerFilter() : filter;
        if (f.getEnterpriseId() != null) {
            enterprises.find(caller, f.getEnterpriseId());
        }
        return HazardCriteria.inScope(caller)
                .and("h.originInspectionId IS NULL")
                .and("h.enterprise.id = :enterpriseId", "enterpriseId", f.getEnterpriseId())
                .and("h.reportedAt >= :from", "from", f.getFrom() == null ? null : f.getFrom().atDay(1).atStartOfDay())
                .and("h.reportedAt < :to", "to", f.getTo() == null ? null : f.getTo().plusMonths(1).atDay(1).atStartOfDay())
                .and("h.kind = :kind", "kind", f.getKind())
                .and("h.status = :status", "status", f.getStatus())
                .and("h.source = :source", "source", f.getSource());
    }
}
