package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.platform.security.Role;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A row of the officers' account list. */
public record OfficerRow(Long id, String username, String displayName, Role role, Long townId, String townName,
                         Long departmentId, String departmentName, boolean active, LocalDateTime lastLoginAt)
        implements Serializable {

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleName() {
        return role.name();
    }

    public String getScopeName() {
        return townName != null ? townName : departmentName;
    }

    public boolean isActive() {
        return active;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }
}
