package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A new officer's account: its login, name, role and the town or department it serves. */
public class OfficerForm implements Serializable {

    @NotBlank(message = "{officer.username.required}")
    @Size(min = 3, max = 60, message = "{officer.username.size}")
    @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "{officer.username.pattern}")
    private String username;

    @NotBlank(message = "{officer.displayName.required}")
    @Size(max = 100, message = "{officer.displayName.size}")
    private String displayName;

    @NotNull(message = "{officer.role.required}")
    private Role role;

    private Long townId;

    private Long departmentId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getTownId() {
        return townId;
    }

    public void setTownId(Long townId) {
        this.townId = townId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
