package cn.gov.wujin.selfcheck.platform.audit;

import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/** 审计日志: reading the audit rows, newest first; ADMIN and DISTRICT officers only. Nothing here writes. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> search(CallerScope caller, AuditFilter filter, int first, int pageSize) {
        requireReader(caller);
        return bind(em.createQuery("SELECT a FROM AuditEntry a WHERE " + condition(filter)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class), filter)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 1000))
                .getResultList();
    }

    public long count(CallerScope caller, AuditFilter filter) {
        requireReader(caller);
        return bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE " + condition(filter), Long.class), filter)
                .getSingleResult();
    }

    /** The rows of an export after the row {@code afterId} in the list's order ({@code null}: from the start). */
    public List<AuditEntry> exportChunk(CallerScope caller, AuditFilter filter, AuditEntry after, int size) {
        requireReader(caller);
        String keyset = after == null ? "" : " AND (a.occurredAt < :afterTime OR (a.occurredAt = :afterTime AND a.id < :afterId))";
        TypedQuery<AuditEntry> query = bind(em.createQuery("SELECT a FROM AuditEntry a WHERE " + condition(filter) + keyset
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class), filter);
        if (after != null) {
            query.setParameter("afterTime", after.getOccurredAt()).setParameter("afterId", after.getId());
        }
        return query.setMaxResults(size).getResultList();
    }

    private static void requireReader(CallerScope caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.DISTRICT) {
            throw new AccessDeniedException();
        }
    }

    private static String condition(AuditFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.from() != null) {
            where.append(" AND a.occurredAt >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND a.occurredAt < :to");
        }
        if (filter.action() != null) {
            where.append(" AND a.action = :action");
        }
        if (Like.given(filter.username())) {
            where.append(" AND LOWER(a.username) LIKE :username").append(Like.ESCAPE);
        }
        if (Like.given(filter.target())) {
            where.append(" AND LOWER(a.targetName) LIKE :target").append(Like.ESCAPE);
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (Like.given(filter.username())) {
            query.setParameter("username", Like.containing(filter.username()));
        }
        if (Like.given(filter.target())) {
            query.setParameter("target", Like.containing(filter.target()));
        }
        return query;
    }
}
