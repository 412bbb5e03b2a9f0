package cn.gov.wujin.selfcheck.platform.security;

import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whose data a caller may see: one enterprise, the enterprises of one town or of one industry
 * department, or all of them. Every boundary query and write takes one of these. It also names the
 * caller ({@code displayName}, for history rows), so that no component has to read accounts for it.
 */
public record CallerScope(Long accountId, String username, Role role, Long enterpriseId, Long townId,
                          Long departmentId, String displayName) implements Serializable {

    public CallerScope {
        Objects.requireNonNull(role, "role");
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        switch (role) {
            case ENTERPRISE -> Objects.requireNonNull(enterpriseId, "enterpriseId");
            case TOWN -> Objects.requireNonNull(townId, "townId");
            case INDUSTRY -> Objects.requireNonNull(departmentId, "departmentId");
            default -> { }
        }
    }

    /** A scope whose caller is shown by its username. */
    public CallerScope(Long accountId, String username, Role role, Long enterpriseId, Long townId, Long departmentId) {
        this(accountId, username, role, enterpriseId, townId, departmentId, username);
    }

    /** The caller as a history row names it: the display name, with the username when they differ. */
    public String signature() {
        return displayName == null || displayName.equals(username) ? String.valueOf(displayName)
                : displayName + "（" + username + "）";
    }

    public boolean isEnterprise() {
        return role == Role.ENTERPRISE;
    }

    public boolean seesWholeDistrict() {
        return role == Role.DISTRICT || role == Role.ADMIN;
    }

    /**
     * A JPQL condition that limits an enterprise path to this scope, e.g. {@code e} or {@code i.enterprise}.
     * Bind its parameter with {@link #bind(TypedQuery)}.
     */
    public String restrict(String enterprisePath) {
        return switch (role) {
            case ENTERPRISE -> enterprisePath + ".id = :scopeId";
            case TOWN -> enterprisePath + ".town.id = :scopeId";
            case INDUSTRY -> enterprisePath + ".department.id = :scopeId";
            case DISTRICT, ADMIN -> "1 = 1";
        };
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return switch (role) {
            case ENTERPRISE -> query.setParameter("scopeId", enterpriseId);
            case TOWN -> query.setParameter("scopeId", townId);
            case INDUSTRY -> query.setParameter("scopeId", departmentId);
            case DISTRICT, ADMIN -> query;
        };
    }

    /** Whether an enterprise with these keys lies in this scope. */
    public boolean covers(Long enterprise, Long town, Long department) {
        return switch (role) {
            case ENTERPRISE -> enterpriseId.equals(enterprise);
            case TOWN -> townId.equals(town);
            case INDUSTRY -> departmentId.equals(department);
            case DISTRICT, ADMIN -> true;
        };
    }
}
