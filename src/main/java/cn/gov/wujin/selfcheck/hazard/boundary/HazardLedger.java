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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 隐患台帐 (第十三条): every hazard of submitted records and every major hazard, of one enterprise or of
 * the caller's whole scope, oldest first, with the funds used, the last 整改审查意见 and 验收结果. Pages
 * for the screen; for the exports the ids in order once, then the rows by id in chunks, each its own short
 * transaction.
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
     * The ids of the whole ledger in its order, for an export: one scan and one sort, however many rows
     * (a long each), instead of one per chunk. The export then reads the rows {@link #rows} by id.
     */
    public long[] ids(CallerScope caller, LedgerFilter filter) {
        HazardCriteria criteria = criteria(caller, filter);
        List<Long> ids = criteria.bind(em.createQuery("SELECT h.id FROM Hazard h WHERE " + criteria.where()
                + " ORDER BY h.reportedAt, h.id", Long.class)).getResultList();
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The rows with these ids (at most {@link #MAX_PAGE}), in the ledger's order, each again within the
     * caller's scope and filter: an export reads the ledger chunk by chunk, each its own short transaction.
     */
    public List<LedgerRow> rows(CallerScope caller, LedgerFilter filter, long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        if (ids.length > MAX_PAGE) {
            throw new IllegalArgumentException("at most " + MAX_PAGE + " rows at a time");
        }
        HazardCriteria criteria = criteria(caller, filter)
                .and("h.id IN :ids", "ids", java.util.Arrays.stream(ids).boxed().toList());
        return completed(criteria.bind(em.createQuery(SELECT + criteria.where() + " ORDER BY h.reportedAt, h.id",
                LedgerRow.class)).getResultList());
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
