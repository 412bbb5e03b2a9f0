package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.FormValidation;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.SafetyStaff;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.inspection.control.Periods;
import cn.gov.wujin.selfcheck.management.control.SafetyHeads;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * 单位管理: the officers' list of the enterprises in their scope with its filters, registering an
 * enterprise with its login, 停用 / 启用 and 重置密码. A TOWN officer works only in its town, an
 * INDUSTRY officer only in its department: every method checks the caller's scope here.
 */
@Stateless
public class EnterpriseRegistry {

    static final String ROW = "SELECT NEW cn.gov.wujin.selfcheck.management.boundary.EnterpriseRow(e.id, e.name, e.creditCode, "
            + "tw.name, d.name, p.name, t.name, l.name, e.active, e.profileComplete, a.active, a.mustChangePassword) ";
    static final String FROM = "FROM Enterprise e JOIN e.town tw JOIN e.department d JOIN e.type t LEFT JOIN t.parent p "
            + "JOIN e.supervisionLevel l LEFT JOIN UserAccount a ON a.enterprise = e ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Accounts accounts;

    @Inject
    Audit audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.day", defaultValue = "25")
    int autoSubmitDay;

    // ---- the list ----

    /**
     * One page, by name. In two steps: the page's ids first, by the (unique) name's index and with no
     * join, then those rows with their names and logins. Derby leaves FETCH FIRST out of its costs and
     * would join and sort every enterprise in scope for each page (seven seconds at 60,000).
     */
    public List<EnterpriseRow> list(CallerScope caller, EnterpriseFilter filter, int first, int pageSize) {
        requireOfficer(caller);
        List<Long> ids = bind(caller, em.createQuery("SELECT e.id FROM Enterprise e WHERE " + condition(caller, filter)
                + " ORDER BY e.name", Long.class), filter)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200)).getResultList();
        return rows(ids);
    }

    private List<EnterpriseRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EnterpriseRow> byId = new java.util.HashMap<>();
        for (EnterpriseRow row : em.createQuery(ROW + FROM + "WHERE e.id IN :ids", EnterpriseRow.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(row.id(), row);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long count(CallerScope caller, EnterpriseFilter filter) {
        requireOfficer(caller);
        return bind(caller, em.createQuery("SELECT COUNT(e) FROM Enterprise e WHERE " + condition(caller, filter), Long.class), filter)
                .getSingleResult();
    }

    /** The rows of the export after the row named {@code afterName} in the list's order (names are unique); null: from the start. */
    public List<EnterpriseRow> exportChunk(CallerScope caller, EnterpriseFilter filter, String afterName, Long afterId, int size) {
        requireOfficer(caller);
        String keyset = afterName == null ? "" : " AND e.name > :afterName";
        TypedQuery<Long> query = bind(caller, em.createQuery("SELECT e.id FROM Enterprise e WHERE " + condition(caller, filter)
                + keyset + " ORDER BY e.name", Long.class), filter);
        if (afterName != null) {
            query.setParameter("afterName", afterName);
        }
        return rows(query.setMaxResults(size).getResultList());
    }

    /** The period whose records "no record this period" looks for: this month's, as 自查自改 dates them. */
    public String currentPeriod() {
        return Periods.format(Periods.periodOf(LocalDate.now(clock), autoSubmitDay));
    }

    private static String condition(CallerScope caller, EnterpriseFilter filter) {
        // Not the scope's "1 = 1" for the district: bound (see bind), Derby refuses "? = ?".
        StringBuilder where = new StringBuilder(caller.seesWholeDistrict() ? "e.id IS NOT NULL" : caller.restrict("e"));
        if (Like.given(filter.getKeyword())) {
            where.append(" AND (LOWER(e.name) LIKE :keyword").append(Like.ESCAPE)
                    .append(" OR e.creditCode LIKE :code").append(Like.ESCAPE).append(")");
        }
        if (filter.getTownId() != null) {
            where.append(" AND e.town.id = :townId");
        }
        if (filter.getDepartmentId() != null) {
            where.append(" AND e.department.id = :departmentId");
        }
        if (filter.getTypeId() != null) {
            where.append(" AND (e.type.id = :typeId OR e.type.parent.id = :typeId)");
        }
        if (filter.getSupervisionLevelId() != null) {
            where.append(" AND e.supervisionLevel.id = :levelId");
        }
        if (filter.getProfile() != null) {
            where.append(" AND e.profileComplete = :complete");
        }
        if (filter.getStatus() != null) {
            where.append(" AND e.active = :active");
        }
        if (filter.getAccountState() != null) {
            where.append(switch (filter.getAccountState()) {
                case IN_USE -> " AND EXISTS (SELECT s.id FROM UserAccount s WHERE s.enterprise = e AND s.active = TRUE"
                        + " AND s.mustChangePassword = FALSE)";
                case NOT_ACTIVATED -> " AND EXISTS (SELECT s.id FROM UserAccount s WHERE s.enterprise = e AND s.active = TRUE"
                        + " AND s.mustChangePassword = TRUE)";
                case DISABLED -> " AND EXISTS (SELECT s.id FROM UserAccount s WHERE s.enterprise = e AND s.active = FALSE)";
            });
        }
        if (filter.isNoRecordThisPeriod()) {
            where.append(" AND NOT EXISTS (SELECT i.id FROM SelfInspection i WHERE i.enterprise = e AND i.period = :period)");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(CallerScope caller, TypedQuery<T> query, EnterpriseFilter filter) {
        // With a LIKE ... ESCAPE, EclipseLink's Derby platform prints the values into the SQL instead of binding
        // them, and prints a Boolean as 1, which Derby's BOOLEAN columns refuse (42818); bound, both work.
        query.setHint("eclipselink.jdbc.bind-parameters", "true");
        caller.bind(query);
        if (Like.given(filter.getKeyword())) {
            query.setParameter("keyword", Like.containing(filter.getKeyword()));
            query.setParameter("code", Like.containing(filter.getKeyword()).toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.getTownId() != null) {
            query.setParameter("townId", filter.getTownId());
        }
        if (filter.getDepartmentId() != null) {
            query.setParameter("departmentId", filter.getDepartmentId());
        }
        if (filter.getTypeId() != null) {
            query.setParameter("typeId", filter.getTypeId());
        }
        if (filter.getSupervisionLevelId() != null) {
            query.setParameter("levelId", filter.getSupervisionLevelId());
        }
        if (filter.getProfile() != null) {
            query.setParameter("complete", filter.getProfile() == EnterpriseFilter.Profile.COMPLETE);
        }
        if (filter.getStatus() != null) {
            query.setParameter("active", filter.getStatus() == EnterpriseFilter.Status.ACTIVE);
        }
        if (filter.isNoRecordThisPeriod()) {
            query.setParameter("period", currentPeriod());
        }
        return query;
    }

    // ---- registering, disabling, resetting ----

    /**
     * 新增单位: checks the form (the credit code's check character, unique name and code, a subtype,
     * the caller's town or department), registers the enterprise and opens its login.
     */
    public Registered create(CallerScope caller, EnterpriseForm form) {
        requireOfficer(caller);
        FormValidation.check(validator, form);
        if (!CreditCode.isValid(form.getCreditCode())) {
            throw invalid("creditCode", "enterprise.creditCode.checkFailed");
        }
        if (blankToNull(form.getSafetyHeadName()) != null && blankToNull(form.getSafetyHeadMobile()) == null) {
            throw invalid("safetyHeadMobile", "enterprise.safetyHeadMobile.required");
        }
        Town town = reference(Town.class, form.getTownId(), "townId");
        IndustryDepartment department = reference(IndustryDepartment.class, form.getDepartmentId(), "departmentId");
        EnterpriseType type = reference(EnterpriseType.class, form.getTypeId(), "typeId");
        SupervisionLevel level = reference(SupervisionLevel.class, form.getSupervisionLevelId(), "supervisionLevelId");
        if (type.getParent() == null) {
            throw invalid("typeId", "profile.type.subtypeRequired");
        }
        if (!caller.covers(null, town.getId(), department.getId())) {
            throw new AccessDeniedException();
        }
        String name = form.getName().strip();
        if (enterprises.findByName(name).isPresent()) {
            throw invalid("name", "profile.name.taken");
        }
        if (!em.createQuery("SELECT e.id FROM Enterprise e WHERE e.creditCode = :code", Long.class)
                .setParameter("code", form.getCreditCode()).getResultList().isEmpty()) {
            throw invalid("creditCode", "profile.creditCode.taken");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Enterprise enterprise = new Enterprise(name, form.getCreditCode(), town, department, type, level, now);
        enterprise.updateContact(blankToNull(form.getPrincipalName()), blankToNull(form.getContactPhone()));
        em.persist(enterprise);
        SafetyStaff head = SafetyHeads.of(enterprise, form.getSafetyHeadName(), form.getSafetyHeadMobile(), now, caller.signature());
        if (head != null) {
            em.persist(head);
        }
        IssuedPassword login = accounts.openEnterpriseLogin(caller, enterprise);
        audit.record(caller, AuditAction.ENTERPRISE_CREATED, "enterprise", enterprise.getId(), enterprise.getName(),
                enterprise.getCreditCode() + " " + town.getName());
        return new Registered(enterprise.getId(), enterprise.getName(), enterprise.getCreditCode(), town.getName(), login);
    }

    /** 停用 (the login too: its sessions end) or 启用 an enterprise in scope. */
    public void setActive(CallerScope caller, Long enterpriseId, boolean active, long loadedVersion) {
        requireOfficer(caller);
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        StaleRecordException.refuseIfStale(loadedVersion, enterprise.getVersion(), null, null);
        if (enterprise.isActive() == active) {
            return;
        }
        if (active) {
            enterprise.enable();
        } else {
            enterprise.disable();
        }
        accounts.setEnterpriseLoginActive(caller, enterprise, active);
        audit.record(caller, active ? AuditAction.ENTERPRISE_ENABLED : AuditAction.ENTERPRISE_DISABLED, "enterprise",
                enterprise.getId(), enterprise.getName(), null);
    }

    /** 重置密码 of the login of an enterprise in scope. */
    public IssuedPassword resetPassword(CallerScope caller, Long enterpriseId) {
        requireOfficer(caller);
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return accounts.resetEnterprisePassword(caller, enterprise);
    }

    /** The enterprise's list row (its state and its login's), for the detail page. */
    public EnterpriseRow row(CallerScope caller, Long enterpriseId) {
        requireOfficer(caller);
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createQuery(ROW + FROM + "WHERE e.id = :id", EnterpriseRow.class).setParameter("id", enterprise.getId())
                .getSingleResult();
    }

    public long version(CallerScope caller, Long enterpriseId) {
        return enterprises.find(caller, enterpriseId).getVersion();
    }

    static void requireOfficer(CallerScope caller) {
        if (!caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
    }

    private <T> T reference(Class<T> type, Long id, String field) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw invalid(field, "profile.reference.unknown");
        }
        return found;
    }

    static InvalidInputException invalid(String field, String key) {
        return new InvalidInputException(List.of(Map.entry(field, Texts.get(Texts.DEFAULT_LOCALE, key))));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
