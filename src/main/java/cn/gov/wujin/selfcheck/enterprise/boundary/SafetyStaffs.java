package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.SafetyStaff;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffData;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

/**
 * 单位人员信息. Exactly one 安全负责人 at a time: a second one is refused (the message names the
 * current one, whom the user edits or re-categorises first); the database's unique
 * {@code safety_head_of} column backs the rule against concurrent requests.
 */
@Stateless
public class SafetyStaffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The people of an enterprise in scope, the 安全负责人 first. */
    /** The staff whose 安全资格证书 ends on or before {@code until}, for the certificate reminders: rows of {enterprise id, staff id, name, valid until}. */
    public List<Object[]> certificatesEndingBy(LocalDate until) {
        return em.createQuery("SELECT s.enterprise.id, s.id, s.name, s.certificateValidUntil FROM SafetyStaff s"
                + " WHERE s.certificateValidUntil <= :until ORDER BY s.id", Object[].class)
                .setParameter("until", until).getResultList();
    }

    public List<SafetyStaff> list(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createNamedQuery(SafetyStaff.FIND_BY_ENTERPRISE, SafetyStaff.class)
                .setParameter("enterpriseId", enterprise.getId()).getResultList();
    }

    public SafetyStaff add(CallerScope caller, Long enterpriseId, StaffData data) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        FormValidation.check(validator, data);
        refuseSecondHead(enterprise, data, null);
        SafetyStaff staff = new SafetyStaff(enterprise, data, LocalDateTime.now(clock), caller.username());
        em.persist(staff);
        em.flush();
        return staff;
    }

    /** Saves an edited person; a form loaded before someone else's save of the same person is refused. */
    public void update(CallerScope caller, Long staffId, StaffData data) {
        SafetyStaff staff = find(caller, staffId);
        StaleRecordException.refuseIfStale(data.getVersion(), staff.getVersion(), staff.getUpdatedAt(), staff.getUpdatedBy());
        FormValidation.check(validator, data);
        refuseSecondHead(staff.getEnterprise(), data, staff.getId());
        staff.revise(data, LocalDateTime.now(clock), caller.username());
        em.flush();
    }

    public void delete(CallerScope caller, Long staffId) {
        em.remove(find(caller, staffId));
    }

    public StaffData data(CallerScope caller, Long staffId) {
        return find(caller, staffId).toData();
    }

    private void refuseSecondHead(Enterprise enterprise, StaffData data, Long self) {
        if (data.getCategory() != StaffCategory.SAFETY_HEAD) {
            return;
        }
        em.createNamedQuery(SafetyStaff.FIND_HEAD, SafetyStaff.class).setParameter("enterpriseId", enterprise.getId())
                .getResultStream().filter(head -> !head.getId().equals(self)).findFirst().ifPresent(head -> {
                    throw new BusinessException("staff.headExists", head.getName());
                });
    }

    private SafetyStaff find(CallerScope caller, Long staffId) {
        SafetyStaff staff = staffId == null ? null : em.find(SafetyStaff.class, staffId);
        if (staff == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, staff.getEnterprise().getId());
        return staff;
    }
}
