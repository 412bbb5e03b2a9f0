package cn.gov.wujin.selfcheck.account.entity;

import cn.gov.wujin.selfcheck.account.control.LockoutRule;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A login: an enterprise (user name = its full registered name) or an officer, who carries its
 * town or department. Holds the password hash and the lockout state.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "SELECT COUNT(a) FROM UserAccount a")
public class UserAccount implements Serializable {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final int USERNAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "town_id")
    private Town town;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private IndustryDepartment department;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Raised by every change that must end the account's open sessions; a session keeps the value it began with. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, Role role, String displayName, LocalDateTime createdAt) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username");
        }
        this.username = username.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An enterprise's login: its full name, the initial password, to be changed at the first login. */
    public static UserAccount forEnterprise(Enterprise enterprise, String initialPasswordHash, LocalDateTime now) {
        UserAccount account = new UserAccount(enterprise.getName(), initialPasswordHash, Role.ENTERPRISE,
                enterprise.getName(), now);
        account.enterprise = enterprise;
        account.mustChangePassword = true;
        return account;
    }

    /** An officer's login; a TOWN officer carries its town, an INDUSTRY officer its department. */
    public static UserAccount forOfficer(String username, String displayName, Role role, Town town,
                                         IndustryDepartment department, String passwordHash, LocalDateTime now) {
        if (role == Role.ENTERPRISE) {
            throw new IllegalArgumentException("use forEnterprise");
        }
        if (role == Role.TOWN && town == null || role == Role.INDUSTRY && department == null) {
            throw new IllegalArgumentException(role + " officer needs its town or department");
        }
        UserAccount account = new UserAccount(username, passwordHash, role, displayName, now);
        account.town = role == Role.TOWN ? town : null;
        account.department = role == Role.INDUSTRY ? department : null;
        return account;
    }

    public boolean isLocked(Clock clock) {
        return lockedUntil != null && LocalDateTime.now(clock).isBefore(lockedUntil);
    }

    /** A wrong password: counts it, and locks the account when the rule says so. */
    public void loginFailed(Clock clock, LockoutRule rule) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= rule.maxFailures()) {
            lockedUntil = now.plus(rule.lockDuration());
        }
    }

    public void loginSucceeded(Clock clock) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = LocalDateTime.now(clock);
    }

    public void changePassword(String newPasswordHash, Clock clock) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.mustChangePassword = false;
        this.passwordChangedAt = LocalDateTime.now(clock);
    }

    /** An enterprise's login follows its corrected registered name; its sessions end. */
    public void rename(String newName) {
        this.username = newName.strip();
        this.displayName = newName.strip();
        sessionEpoch++;
    }

    /** The holder must choose a password of its own at the next login (a new officer's one-time password). */
    public void mustChangePasswordAtNextLogin() {
        this.mustChangePassword = true;
    }

    /** Lets the holder in without the forced change (demo and benchmark accounts only). */
    public void waiveInitialPasswordChange() {
        this.mustChangePassword = false;
    }

    /** 停用: no more logins, and the open sessions end at their next request. */
    public void disable() {
        active = false;
        sessionEpoch++;
    }

    public void enable() {
        active = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** 重置密码: a new initial password, to be changed at the next login; ends the open sessions and any lock. */
    public void resetPassword(String initialPasswordHash) {
        this.passwordHash = Objects.requireNonNull(initialPasswordHash);
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        sessionEpoch++;
    }

    /** An officer's new role, town or department; ends the open sessions, so the new scope holds at once. */
    public void changeOfficerScope(Role role, Town town, IndustryDepartment department, String displayName) {
        if (this.role == Role.ENTERPRISE || role == Role.ENTERPRISE) {
            throw new IllegalArgumentException("an enterprise login keeps its role");
        }
        if (role == Role.TOWN && town == null || role == Role.INDUSTRY && department == null) {
            throw new IllegalArgumentException(role + " officer needs its town or department");
        }
        this.role = role;
        this.town = role == Role.TOWN ? town : null;
        this.department = role == Role.INDUSTRY ? department : null;
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName.strip();
        }
        sessionEpoch++;
    }

    public CallerScope scope() {
        return new CallerScope(id, username, role,
                enterprise == null ? null : enterprise.getId(),
                town == null ? null : town.getId(),
                department == null ? null : department.getId(), displayName);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Town getTown() {
        return town;
    }

    public IndustryDepartment getDepartment() {
        return department;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isActive() {
        return active;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
