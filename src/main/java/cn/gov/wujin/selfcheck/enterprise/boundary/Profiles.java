package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileRules;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileSnapshot;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseProfile;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileChange;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;
import cn.gov.wujin.selfcheck.enterprise.entity.StandardizationLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.notify.EnterpriseRenamed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * 企业基本信息: reading and saving an enterprise's profile within the caller's scope, keeping the
 * fixed fields to officers and every change in the history.
 */
@Stateless
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    Event<EnterpriseRenamed> renamed;

    /** The fields only officers change (the snapshot's keys); a change of any is audited. */
    static final java.util.Set<String> FIXED_FIELDS = java.util.Set.of("name", "creditCode", "town", "department",
            "typeCategory", "type", "supervisionLevel");

    /** The form of an enterprise in scope, filled with its stored values. */
    public ProfileForm form(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        Optional<EnterpriseProfile> profile = profile(enterprise);
        return new ProfileForm(enterprise, profile.map(EnterpriseProfile::getData).orElseGet(() -> fresh(enterprise)),
                profile.map(EnterpriseProfile::getVersion).orElse(null));
    }

    /**
     * The home page's panel: the caller's own enterprise and how complete its profile is, read in
     * one query (its reference data comes from the shared cache).
     */
    public OwnEnterprise own(CallerScope caller) {
        if (!caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
        Object[] row = em.createNamedQuery(EnterpriseProfile.FIND_ENTERPRISE_WITH_PROFILE, Object[].class)
                .setParameter("enterpriseId", caller.enterpriseId()).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
        Enterprise enterprise = (Enterprise) row[0];
        EnterpriseProfile profile = (EnterpriseProfile) row[1];
        return new OwnEnterprise(enterprise, ProfileRules.completeness(profile == null ? null : profile.getData(),
                enterprise.getStandardizationLevel() != null));
    }

    /**
     * The active enterprises whose profile is not complete (no profile yet, or a required field missing),
     * for the weekly 单位基本信息未完善 reminder; read in pages of enterprises with their profiles. Brings
     * each enterprise's {@code profileComplete} column up to date on the way.
     */
    public List<Long> incompleteEnterprises() {
        List<Long> incomplete = new ArrayList<>();
        int first = 0;
        List<Object[]> page;
        do {
            page = em.createQuery("SELECT e, p FROM Enterprise e LEFT JOIN EnterpriseProfile p ON p.enterprise = e ORDER BY e.id",
                    Object[].class).setFirstResult(first).setMaxResults(500).getResultList();
            for (Object[] row : page) {
                Enterprise enterprise = (Enterprise) row[0];
                EnterpriseProfile profile = (EnterpriseProfile) row[1];
                boolean complete = ProfileRules.completeness(profile == null ? null : profile.getData(),
                        enterprise.getStandardizationLevel() != null) == 100;
                if (enterprise.isProfileComplete() != complete) {
                    // Keeps the list's column true also for profiles written before it existed.
                    enterprise.markProfileComplete(complete);
                }
                if (!complete && enterprise.isActive()) {
                    incomplete.add(enterprise.getId());
                }
            }
            first += page.size();
            em.flush();
            em.clear();
        } while (page.size() == 500);
        return incomplete;
    }

    /**
     * Where the enterprise is told by e-mail: its 电子邮箱 and its 安全负责人's, those that are set (for the
     * outbox of the notice component; no caller scope: the system sends what the enterprise receives).
     */
    public List<String> mailAddresses(Long enterpriseId) {
        return mailAddresses(List.of(enterpriseId)).getOrDefault(enterpriseId, List.of());
    }

    /** {@link #mailAddresses(Long)} of many enterprises, two queries per 500 of them. */
    public Map<Long, List<String>> mailAddresses(Collection<Long> enterpriseIds) {
        Map<Long, List<String>> addresses = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(enterpriseIds));
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            for (Object[] row : em.createQuery("SELECT p.enterprise.id, p.data.email FROM EnterpriseProfile p"
                    + " WHERE p.enterprise.id IN :ids AND p.data.email IS NOT NULL", Object[].class).setParameter("ids", chunk).getResultList()) {
                addresses.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
            for (Object[] row : em.createQuery("SELECT s.enterprise.id, s.email FROM SafetyStaff s WHERE s.enterprise.id IN :ids"
                    + " AND s.category = cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory.SAFETY_HEAD AND s.email IS NOT NULL",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                addresses.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return addresses;
    }

    /** How complete the caller's own profile is, 0-100. */
    public int completeness(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return ProfileRules.completeness(profile(enterprise).map(EnterpriseProfile::getData).orElse(null),
                enterprise.getStandardizationLevel() != null);
    }

    public List<ProfileChange> history(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createNamedQuery(ProfileChange.FIND_BY_ENTERPRISE, ProfileChange.class)
                .setParameter("enterpriseId", enterprise.getId()).setMaxResults(500).getResultList();
    }

    /**
     * Saves the form. An enterprise may change only the variable fields: a form whose fixed fields
     * differ from the stored ones (a forged request) is refused as a whole. Officers in scope may
     * change the fixed fields too. Every changed field gets a history row. A form loaded before
     * someone else's save of the same profile is refused (it would overwrite that save).
     */
    public void save(CallerScope caller, Long enterpriseId, ProfileForm form) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        if (caller.isEnterprise() && form.changesFixedFieldsOf(enterprise)) {
            throw new AccessDeniedException();
        }
        if (!caller.isEnterprise() && !caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
        EnterpriseProfile profile = profile(enterprise).orElse(null);
        StaleRecordException.refuseIfStale(form.getVersion(), profile == null ? null : profile.getVersion(),
                profile == null ? null : profile.getUpdatedAt(), profile == null ? null : profile.getUpdatedBy());
        ProfileData data = form.getData().copy();
        ProfileRules.clearUnansweredFollowUps(data);
        form.setData(data);
        FormValidation.check(validator, form);
        if (!CreditCode.isValid(form.getCreditCode())) {
            throw new InvalidInputException(List.of(Map.entry("creditCode",
                    Texts.get(Texts.DEFAULT_LOCALE, "profile.creditCode.checkFailed"))));
        }
        ProfileSnapshot before = snapshot(enterprise, profile == null ? fresh(enterprise) : profile.getData());

        if (!caller.isEnterprise() && form.changesFixedFieldsOf(enterprise)) {
            Town town = reference(Town.class, form.getTownId());
            IndustryDepartment department = reference(IndustryDepartment.class, form.getDepartmentId());
            EnterpriseType type = reference(EnterpriseType.class, form.getTypeId());
            if (type.getParent() == null) {
                throw new InvalidInputException(List.of(Map.entry("typeId",
                        Texts.get(Texts.DEFAULT_LOCALE, "profile.type.subtypeRequired"))));
            }
            SupervisionLevel level = reference(SupervisionLevel.class, form.getSupervisionLevelId());
            String name = form.getName().strip();
            enterprises.findByName(name).filter(other -> !other.getId().equals(enterprise.getId())).ifPresent(other -> {
                throw new InvalidInputException(List.of(Map.entry("name",
                        Texts.get(Texts.DEFAULT_LOCALE, "profile.name.taken"))));
            });
            if (!em.createQuery("SELECT e FROM Enterprise e WHERE e.creditCode = :code AND e.id <> :id", Enterprise.class)
                    .setParameter("code", form.getCreditCode()).setParameter("id", enterprise.getId())
                    .getResultList().isEmpty()) {
                throw new InvalidInputException(List.of(Map.entry("creditCode",
                        Texts.get(Texts.DEFAULT_LOCALE, "profile.creditCode.taken"))));
            }
            if (!caller.covers(enterprise.getId(), town.getId(), department.getId())) {
                // A town officer cannot move an enterprise to another town, an industry officer not to another department.
                throw new AccessDeniedException();
            }
            String oldName = enterprise.getName();
            enterprise.correctFixedFields(name, form.getCreditCode(), town, department, type, level);
            if (!oldName.equals(name)) {
                renamed.fire(new EnterpriseRenamed(enterprise.getId(), oldName, name));
            }
        }
        enterprise.reportStandardization(reference(StandardizationLevel.class, form.getStandardizationLevelId()));
        enterprise.updateContact(data.getPrincipalName(), data.getContactPhone());

        LocalDateTime now = LocalDateTime.now(clock);
        String who = caller.signature();
        if (profile == null) {
            profile = new EnterpriseProfile(enterprise, now);
            profile.revise(data, now, who);
            em.persist(profile);
        } else {
            profile.revise(data, now, who);
        }

        enterprise.markProfileComplete(ProfileRules.completeness(data, enterprise.getStandardizationLevel() != null) == 100);
        List<ProfileSnapshot.Change> changes = before.changesTo(snapshot(enterprise, data));
        for (ProfileSnapshot.Change change : changes) {
            em.persist(new ProfileChange(enterprise, change.field(), change.oldValue(), change.newValue(), who, now));
        }
        List<String> fixedChanged = changes.stream().map(ProfileSnapshot.Change::field).filter(FIXED_FIELDS::contains).toList();
        if (!fixedChanged.isEmpty()) {
            audit.record(caller, AuditAction.FIXED_FIELDS_CHANGED, "enterprise", enterprise.getId(), enterprise.getName(),
                    changes.stream().filter(c -> FIXED_FIELDS.contains(c.field()))
                            .map(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                            .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    /** The profile of an enterprise in scope as field → display value, for the read view. */
    public Map<String, String> display(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return snapshot(enterprise, profile(enterprise).map(EnterpriseProfile::getData).orElseGet(() -> fresh(enterprise))).values();
    }

    public List<Town> towns() {
        return em.createNamedQuery(Town.FIND_ALL_ACTIVE, Town.class).getResultList();
    }

    public List<IndustryDepartment> departments() {
        return em.createNamedQuery(IndustryDepartment.FIND_ALL_ACTIVE, IndustryDepartment.class).getResultList();
    }

    /** The 小类 (subtypes), by category; an enterprise's type is always a subtype. */
    public List<EnterpriseType> subtypes() {
        return em.createQuery("SELECT t FROM EnterpriseType t WHERE t.parent IS NOT NULL AND t.active = TRUE "
                + "ORDER BY t.parent.sortOrder, t.sortOrder", EnterpriseType.class).getResultList();
    }

    public List<SupervisionLevel> supervisionLevels() {
        return em.createNamedQuery(SupervisionLevel.FIND_ALL, SupervisionLevel.class).getResultList();
    }

    public List<StandardizationLevel> standardizationLevels() {
        return em.createNamedQuery(StandardizationLevel.FIND_ALL, StandardizationLevel.class).getResultList();
    }

    private <T> T reference(Class<T> type, Long id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new BusinessException("profile.reference.unknown");
        }
        return found;
    }

    private Optional<EnterpriseProfile> profile(Enterprise enterprise) {
        return em.createNamedQuery(EnterpriseProfile.FIND_BY_ENTERPRISE, EnterpriseProfile.class)
                .setParameter("enterpriseId", enterprise.getId()).getResultStream().findFirst();
    }

    private static ProfileData fresh(Enterprise enterprise) {
        ProfileData data = new ProfileData();
        data.setPrincipalName(enterprise.getPrincipalName());
        data.setContactPhone(enterprise.getContactPhone());
        return data;
    }

    private static ProfileSnapshot snapshot(Enterprise e, ProfileData data) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("name", e.getName());
        fixed.put("creditCode", e.getCreditCode());
        fixed.put("town", e.getTown().getName());
        fixed.put("department", e.getDepartment().getName());
        fixed.put("typeCategory", e.getType().getCategory().getName());
        fixed.put("type", e.getType().getName());
        fixed.put("supervisionLevel", e.getSupervisionLevel().getName());
        fixed.put("standardizationLevel", e.getStandardizationLevel() == null ? null : e.getStandardizationLevel().getName());
        return ProfileSnapshot.of(fixed, data, Profiles::label);
    }

    static String label(Object value) {
        if (value instanceof Boolean yes) {
            return Texts.get(Texts.DEFAULT_LOCALE, yes ? "common.yes" : "common.no");
        }
        Enum<?> constant = (Enum<?>) value;
        return Texts.get(Texts.DEFAULT_LOCALE, "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
