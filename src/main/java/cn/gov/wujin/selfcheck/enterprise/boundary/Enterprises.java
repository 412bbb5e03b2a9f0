package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Reading enterprises, always within the caller's scope. */
@Stateless
public class Enterprises {

    @PersistenceContext
    EntityManager em;

    /** An enterprise the caller may see; any other id is refused. */
    public Enterprise find(CallerScope caller, Long id) {
        Enterprise enterprise = id == null ? null : em.find(Enterprise.class, id);
        if (enterprise == null || !caller.covers(enterprise.getId(), enterprise.getTown().getId(),
                enterprise.getDepartment().getId())) {
            throw new AccessDeniedException();
        }
        return enterprise;
    }

    /** The enterprise an enterprise login belongs to. */
    public Enterprise own(CallerScope caller) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        return find(caller, caller.enterpriseId());
    }

    public Optional<Enterprise> findByName(String name) {
        return em.createNamedQuery(Enterprise.FIND_BY_NAME, Enterprise.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** One page of the enterprises in scope whose name contains the keyword, by name. */
    public List<EnterpriseSummary> search(CallerScope caller, String keyword, int first, int pageSize) {
        TypedQuery<EnterpriseSummary> query = em.createQuery(
                summaryJpql(caller.restrict("e") + keywordCondition(keyword)), EnterpriseSummary.class);
        bindKeyword(caller.bind(query), keyword);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultList();
    }

    /** The list rows of the enterprises meeting a JPQL condition on {@code e}, by name. */
    public static String summaryJpql(String condition) {
        return "SELECT NEW cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary("
                + "e.id, e.name, e.town.name, "
                + "CASE WHEN p.id IS NULL THEN t.name ELSE CONCAT(p.name, ' / ', t.name) END, "
                + "e.supervisionLevel.name) "
                + "FROM Enterprise e JOIN e.type t LEFT JOIN t.parent p WHERE " + condition
                + " ORDER BY e.name, e.id";
    }

    public long count(CallerScope caller, String keyword) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM Enterprise e WHERE "
                + caller.restrict("e") + keywordCondition(keyword), Long.class);
        return bindKeyword(caller.bind(query), keyword).getSingleResult();
    }

    private static String keywordCondition(String keyword) {
        return Like.given(keyword) ? " AND LOWER(e.name) LIKE :keyword" + Like.ESCAPE : "";
    }

    private static <T> TypedQuery<T> bindKeyword(TypedQuery<T> query, String keyword) {
        if (Like.given(keyword)) {
            query.setParameter("keyword", Like.containing(keyword));
        }
        return query;
    }
}
