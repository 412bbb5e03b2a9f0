package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.StandardizationLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Towns, departments, types and levels: loaded by migration, read everywhere. */
@Stateless
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Town> towns() {
        return em.createNamedQuery(Town.FIND_ALL_ACTIVE, Town.class).getResultList();
    }

    public List<IndustryDepartment> departments() {
        return em.createNamedQuery(IndustryDepartment.FIND_ALL_ACTIVE, IndustryDepartment.class).getResultList();
    }

    /** Every enterprise type, parents before their children. */
    public List<EnterpriseType> types() {
        return em.createQuery("SELECT t FROM EnterpriseType t LEFT JOIN t.parent p ORDER BY COALESCE(p.id, t.id), t.id",
                EnterpriseType.class).getResultList();
    }

    public Town town(String code) {
        return em.createNamedQuery(Town.FIND_BY_CODE, Town.class).setParameter("code", code).getSingleResult();
    }

    public IndustryDepartment department(String code) {
        return em.createNamedQuery(IndustryDepartment.FIND_BY_CODE, IndustryDepartment.class)
                .setParameter("code", code).getSingleResult();
    }

    public EnterpriseType type(String code) {
        return em.createNamedQuery(EnterpriseType.FIND_BY_CODE, EnterpriseType.class)
                .setParameter("code", code).getSingleResult();
    }

    public SupervisionLevel supervisionLevel(String code) {
        return em.createNamedQuery(SupervisionLevel.FIND_BY_CODE, SupervisionLevel.class)
                .setParameter("code", code).getSingleResult();
    }

    public StandardizationLevel standardizationLevel(String code) {
        return em.createNamedQuery(StandardizationLevel.FIND_BY_CODE, StandardizationLevel.class)
                .setParameter("code", code).getSingleResult();
    }
}
