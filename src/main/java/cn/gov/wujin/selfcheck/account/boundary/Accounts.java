package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.control.InitialPasswords;
import cn.gov.wujin.selfcheck.account.control.LockoutRule;
import cn.gov.wujin.selfcheck.account.control.PasswordHashing;
import cn.gov.wujin.selfcheck.account.control.PasswordPolicy;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt.Outcome;
import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.enterprise.boundary.FormValidation;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.persistence.SequenceBlock;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Logins, passwords and the lockout rule. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    Audit audit;

    @Inject
    Validator validator;

    /** {@code default} (the manual's 123456) or {@code generated} (a one-time password per account); see {@link InitialPasswords}. */
    @Inject
    @ConfigProperty(name = "selfcheck.account.initial-password", defaultValue = InitialPasswords.DEFAULT_MODE)
    String initialPasswordMode;

    @Inject
    @ConfigProperty(name = "selfcheck.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "selfcheck.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** The least zxcvbn score (0-4) of a new password; see {@link PasswordPolicy}. */
    @Inject
    @ConfigProperty(name = "selfcheck.password.min-strength", defaultValue = "" + PasswordPolicy.DEFAULT_MIN_STRENGTH)
    int minStrength;

    /** Checks a user name and password, applies the lockout rule and records the attempt. */
    public AuthenticationResult authenticate(String username, String password, String clientIp) {
        LocalDateTime now = LocalDateTime.now(clock);
        // Locked for this transaction: simultaneous logins of one account are counted one after the other.
        Optional<UserAccount> found = username == null || username.isBlank() ? Optional.empty()
                : em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hashing.spendTimeForUnknownUser(password);
            em.persist(new LoginAttempt(username, now, clientIp, Outcome.UNKNOWN_USER));
            refused(username, null, Outcome.UNKNOWN_USER);
            return AuthenticationResult.refused(Outcome.BAD_PASSWORD, null, -1);
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            em.persist(new LoginAttempt(username, now, clientIp, Outcome.DISABLED));
            refused(username, account, Outcome.DISABLED);
            return AuthenticationResult.refused(Outcome.DISABLED, null, -1);
        }
        if (account.isLocked(clock)) {
            em.persist(new LoginAttempt(username, now, clientIp, Outcome.LOCKED));
            refused(username, account, Outcome.LOCKED);
            return AuthenticationResult.refused(Outcome.LOCKED, account.getLockedUntil(), 0);
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            account.loginFailed(clock, lockoutRule());
            boolean lockedNow = account.isLocked(clock);
            em.persist(new LoginAttempt(username, now, clientIp, lockedNow ? Outcome.LOCKED : Outcome.BAD_PASSWORD));
            refused(username, account, lockedNow ? Outcome.LOCKED : Outcome.BAD_PASSWORD);
            return lockedNow
                    ? AuthenticationResult.refused(Outcome.LOCKED, account.getLockedUntil(), 0)
                    : AuthenticationResult.refused(Outcome.BAD_PASSWORD, null, maxFailures - account.getFailedAttempts());
        }
        account.loginSucceeded(clock);
        em.persist(new LoginAttempt(username, now, clientIp, Outcome.SUCCESS));
        audit.record(account.getUsername(), account.getRole().name(), AuditAction.LOGIN, "account", account.getId(),
                account.getUsername(), null);
        return new AuthenticationResult(Outcome.SUCCESS, account.getUsername(), account.getRole(),
                account.isMustChangePassword(), null, maxFailures);
    }

    private void refused(String username, UserAccount account, Outcome outcome) {
        audit.record(username, account == null ? null : account.getRole().name(), AuditAction.LOGIN_REFUSED, "account",
                account == null ? null : account.getId(), username, outcome.name());
    }

    /**
     * The session epoch of an active account, for the login mechanism to compare with the one its
     * session began under; empty when the account is gone or disabled (the session ends).
     */
    public Optional<Integer> sessionEpoch(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a.sessionEpoch FROM UserAccount a WHERE a.username = :username AND a.active = TRUE",
                Integer.class).setParameter("username", username).getResultStream().findFirst();
    }

    /** A login refused for its captcha before the password was looked at. */
    public void recordCaptchaFailure(String username, String clientIp) {
        em.persist(new LoginAttempt(username, LocalDateTime.now(clock), clientIp, Outcome.BAD_CAPTCHA));
    }

    public LockoutRule lockoutRule() {
        return new LockoutRule(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    public Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip())
                .getResultStream().findFirst();
    }

    /** Changes the caller's own password after checking the current one and the policy. */
    public void changePassword(CallerScope caller, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = em.find(UserAccount.class, caller.accountId());
        if (account == null) {
            throw new BusinessException("error.accessDenied");
        }
        if (!hashing.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.current.wrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("password.confirmation.mismatch");
        }
        List<String> violations = PasswordPolicy.violations(account.getUsername(), newPassword, minStrength);
        if (!violations.isEmpty()) {
            throw new BusinessException(violations.get(0));
        }
        if (hashing.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessException("password.policy.unchanged");
        }
        account.changePassword(hashing.hash(newPassword), clock);
        audit.record(caller, AuditAction.PASSWORD_CHANGED, "account", account.getId(), account.getUsername(), null);
    }

    /** 登录日志: one page of the recorded login attempts, newest first, optionally for one user name. ADMIN only. */
    public List<LoginAttempt> attempts(CallerScope caller, String username, int first, int pageSize) {
        requireAdmin(caller);
        return forUsername(em.createQuery("SELECT a FROM LoginAttempt a" + usernameCondition(username)
                        + " ORDER BY a.attemptedAt DESC, a.id DESC", LoginAttempt.class), username)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultList();
    }

    public long countAttempts(CallerScope caller, String username) {
        requireAdmin(caller);
        return forUsername(em.createQuery("SELECT COUNT(a) FROM LoginAttempt a" + usernameCondition(username),
                Long.class), username).getSingleResult();
    }

    private static String usernameCondition(String username) {
        return username == null || username.isBlank() ? "" : " WHERE a.username = :username";
    }

    private static <T> TypedQuery<T> forUsername(TypedQuery<T> query, String username) {
        return username == null || username.isBlank() ? query : query.setParameter("username", username.strip());
    }

    private static void requireAdmin(CallerScope caller) {
        if (caller.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }

    /** Opens a login for an enterprise with the initial password, to be changed at the first login. */
    public UserAccount openEnterpriseAccount(Enterprise enterprise) {
        UserAccount account = UserAccount.forEnterprise(enterprise,
                hashing.hash(PasswordPolicy.INITIAL_PASSWORD), LocalDateTime.now(clock));
        em.persist(account);
        return account;
    }

    /** A ready-to-use enterprise login (demo and benchmark data): the given password, no forced change. */
    public UserAccount openPreparedEnterpriseAccount(Enterprise enterprise, String password) {
        UserAccount account = UserAccount.forEnterprise(enterprise, hashing.hash(password), LocalDateTime.now(clock));
        account.waiveInitialPasswordChange();
        em.persist(account);
        return account;
    }

    public UserAccount openOfficerAccount(String username, String displayName, Role role, Town town,
                                          IndustryDepartment department, String password) {
        List<String> violations = PasswordPolicy.violations(username, password, minStrength);
        if (!violations.isEmpty()) {
            throw new BusinessException(violations.get(0));
        }
        UserAccount account = UserAccount.forOfficer(username, displayName, role, town, department,
                hashing.hash(password), LocalDateTime.now(clock));
        em.persist(account);
        return account;
    }

    /** Whether new and reset accounts get a generated one-time password rather than 123456. */
    public boolean generatesPasswords() {
        return InitialPasswords.generated(initialPasswordMode);
    }

    /**
     * Opens the login of a new enterprise (user name = its full registered name) with the initial
     * password of the configured mode, to be changed at the first login; audited as the caller's.
     */
    public IssuedPassword openEnterpriseLogin(CallerScope caller, Enterprise enterprise) {
        requireOfficerCovering(caller, enterprise);
        if (findByUsername(enterprise.getName()).isPresent()) {
            throw new InvalidInputException(List.of(Map.entry("name", Texts.get(Texts.DEFAULT_LOCALE, "account.username.taken"))));
        }
        String password = InitialPasswords.next(initialPasswordMode);
        UserAccount account = UserAccount.forEnterprise(enterprise, hashing.hashInitial(password, generatesPasswords()),
                LocalDateTime.now(clock));
        em.persist(account);
        audit.record(caller, AuditAction.ACCOUNT_CREATED, "account", account.getId(), account.getUsername(), Role.ENTERPRISE.name());
        return new IssuedPassword(account.getId(), account.getUsername(), account.getDisplayName(), password,
                generatesPasswords());
    }

    /** An enterprise an import has just inserted, as its login needs it. */
    public record NewEnterprise(Long id, String name, Long townId, Long departmentId) {
    }

    /**
     * The logins of enterprises an import creates, in one go: the initial passwords of the configured
     * mode (123456 shares one hash; a generated one is hashed with the one-time cost), written as one
     * JDBC batch on the persistence context's connection, so in the caller's transaction and after the
     * enterprises it has inserted there the same way. The caller has checked each enterprise's scope;
     * this checks it again. The rows are those {@link UserAccount#forEnterprise} makes.
     */
    public List<IssuedPassword> openEnterpriseLogins(CallerScope caller, List<NewEnterprise> enterprises) {
        boolean generated = generatesPasswords();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        List<IssuedPassword> issued = new java.util.ArrayList<>(enterprises.size());
        Connection connection = em.unwrap(Connection.class);
        try (SequenceBlock ids = new SequenceBlock(connection, "user_account");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO user_account (id, username, password_hash, "
                     + "role, display_name, enterprise_id, must_change_password, failed_attempts, active, created_at, version, "
                     + "session_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0)")) {
            for (NewEnterprise enterprise : enterprises) {
                if (!caller.role().isOfficer() || !caller.covers(enterprise.id(), enterprise.townId(), enterprise.departmentId())) {
                    throw new AccessDeniedException();
                }
                String password = InitialPasswords.next(initialPasswordMode);
                long id = ids.next();
                insert.setLong(1, id);
                insert.setString(2, enterprise.name());
                insert.setString(3, hashing.hashInitial(password, generated));
                insert.setString(4, Role.ENTERPRISE.name());
                insert.setString(5, enterprise.name());
                insert.setLong(6, enterprise.id());
                insert.setBoolean(7, true);
                insert.setBoolean(8, true);
                insert.setTimestamp(9, now);
                insert.addBatch();
                issued.add(new IssuedPassword(id, enterprise.name(), enterprise.name(), password, generated));
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("enterprise logins not written", e);
        }
        return issued;
    }

    /** The login of an enterprise, or empty when it has none. */
    public Optional<UserAccount> enterpriseLogin(Long enterpriseId) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.enterprise.id = :id", UserAccount.class)
                .setParameter("id", enterpriseId).getResultStream().findFirst();
    }

    /** 重置密码 of an enterprise's login by an officer in its scope: back to an initial password, sessions ended. */
    public IssuedPassword resetEnterprisePassword(CallerScope caller, Enterprise enterprise) {
        requireOfficerCovering(caller, enterprise);
        UserAccount account = enterpriseLogin(enterprise.getId()).orElseThrow(() -> new BusinessException("account.none"));
        return reset(caller, account);
    }

    /** 停用 / 启用 an enterprise's login with the enterprise (sessions end when disabled). */
    public void setEnterpriseLoginActive(CallerScope caller, Enterprise enterprise, boolean active) {
        requireOfficerCovering(caller, enterprise);
        enterpriseLogin(enterprise.getId()).ifPresent(account -> setActive(caller, account, active));
    }

    private static void requireOfficerCovering(CallerScope caller, Enterprise enterprise) {
        if (!caller.role().isOfficer() || enterprise == null
                || !caller.covers(enterprise.getId(), enterprise.getTown().getId(), enterprise.getDepartment().getId())) {
            throw new AccessDeniedException();
        }
    }

    private IssuedPassword reset(CallerScope caller, UserAccount account) {
        String password = InitialPasswords.next(initialPasswordMode);
        account.resetPassword(hashing.hashInitial(password, generatesPasswords()));
        audit.record(caller, AuditAction.PASSWORD_RESET, "account", account.getId(), account.getUsername(), null);
        return new IssuedPassword(account.getId(), account.getUsername(), account.getDisplayName(), password,
                generatesPasswords());
    }

    private void setActive(CallerScope caller, UserAccount account, boolean active) {
        if (account.isActive() == active) {
            return;
        }
        if (active) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(caller, active ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account",
                account.getId(), account.getUsername(), null);
    }

    // ---- officer accounts (ADMIN) ----

    /** One page of the officers' accounts, by role and user name, optionally by a keyword. ADMIN only. */
    public List<OfficerRow> officers(CallerScope caller, String keyword, int first, int pageSize) {
        requireAdmin(caller);
        return officerKeyword(em.createQuery("SELECT NEW cn.gov.wujin.selfcheck.account.boundary.OfficerRow(a.id, a.username, "
                        + "a.displayName, a.role, t.id, t.name, d.id, d.name, a.active, a.lastLoginAt) FROM UserAccount a "
                        + "LEFT JOIN a.town t LEFT JOIN a.department d WHERE a.role <> :enterprise" + officerCondition(keyword)
                        + " ORDER BY a.role, a.username", OfficerRow.class), keyword)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200)).getResultList();
    }

    public long countOfficers(CallerScope caller, String keyword) {
        requireAdmin(caller);
        return officerKeyword(em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.role <> :enterprise"
                + officerCondition(keyword), Long.class), keyword).getSingleResult();
    }

    private static String officerCondition(String keyword) {
        return Like.given(keyword) ? " AND (LOWER(a.username) LIKE :keyword" + Like.ESCAPE
                + " OR LOWER(a.displayName) LIKE :keyword" + Like.ESCAPE + ")" : "";
    }

    private static <T> TypedQuery<T> officerKeyword(TypedQuery<T> query, String keyword) {
        query.setParameter("enterprise", Role.ENTERPRISE);
        return Like.given(keyword) ? query.setParameter("keyword", Like.containing(keyword)) : query;
    }

    /** ADMIN opens an officer's account with an initial password to change at the first login. */
    public IssuedPassword openOfficer(CallerScope caller, OfficerForm form) {
        requireAdmin(caller);
        FormValidation.check(validator, form);
        if (form.getRole() == Role.ENTERPRISE) {
            throw new InvalidInputException(List.of(Map.entry("role", Texts.get(Texts.DEFAULT_LOCALE, "officer.role.required"))));
        }
        Town town = scopeTown(form.getRole(), form.getTownId());
        IndustryDepartment department = scopeDepartment(form.getRole(), form.getDepartmentId());
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new InvalidInputException(List.of(Map.entry("username", Texts.get(Texts.DEFAULT_LOCALE, "account.username.taken"))));
        }
        // An officer's first password is always a one-time one: 123456 is for enterprises, as the manual says.
        String password = InitialPasswords.next(InitialPasswords.GENERATED_MODE);
        UserAccount account = UserAccount.forOfficer(form.getUsername().strip(), form.getDisplayName().strip(), form.getRole(),
                town, department, hashing.hashInitial(password, true), LocalDateTime.now(clock));
        account.mustChangePasswordAtNextLogin();
        em.persist(account);
        audit.record(caller, AuditAction.ACCOUNT_CREATED, "account", account.getId(), account.getUsername(),
                form.getRole().name() + scopeText(town, department));
        return new IssuedPassword(account.getId(), account.getUsername(), account.getDisplayName(), password, true);
    }

    public void setOfficerActive(CallerScope caller, Long accountId, boolean active) {
        requireAdmin(caller);
        UserAccount account = officer(accountId);
        if (!active && account.getId().equals(caller.accountId())) {
            throw new BusinessException("officer.disable.self");
        }
        setActive(caller, account, active);
    }

    public IssuedPassword resetOfficerPassword(CallerScope caller, Long accountId) {
        requireAdmin(caller);
        UserAccount account = officer(accountId);
        String password = InitialPasswords.next(InitialPasswords.GENERATED_MODE);
        account.resetPassword(hashing.hashInitial(password, true));
        audit.record(caller, AuditAction.PASSWORD_RESET, "account", account.getId(), account.getUsername(), null);
        return new IssuedPassword(account.getId(), account.getUsername(), account.getDisplayName(), password, true);
    }

    /** A new role, town or department for an officer; its open sessions end, so the new scope holds at once. */
    public void changeOfficerScope(CallerScope caller, Long accountId, Role role, Long townId, Long departmentId) {
        requireAdmin(caller);
        UserAccount account = officer(accountId);
        if (role == null || role == Role.ENTERPRISE) {
            throw new InvalidInputException(List.of(Map.entry("role", Texts.get(Texts.DEFAULT_LOCALE, "officer.role.required"))));
        }
        if (account.getId().equals(caller.accountId()) && role != Role.ADMIN) {
            throw new BusinessException("officer.demote.self");
        }
        Town town = scopeTown(role, townId);
        IndustryDepartment department = scopeDepartment(role, departmentId);
        String before = account.getRole().name() + scopeText(account.getTown(), account.getDepartment());
        account.changeOfficerScope(role, town, department, null);
        audit.record(caller, AuditAction.ACCOUNT_SCOPE_CHANGED, "account", account.getId(), account.getUsername(),
                before + " → " + role.name() + scopeText(town, department));
    }

    private UserAccount officer(Long accountId) {
        UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
        if (account == null || account.getRole() == Role.ENTERPRISE) {
            throw new BusinessException("officer.unknown");
        }
        return account;
    }

    private Town scopeTown(Role role, Long townId) {
        if (role != Role.TOWN) {
            return null;
        }
        Town town = townId == null ? null : em.find(Town.class, townId);
        if (town == null) {
            throw new InvalidInputException(List.of(Map.entry("townId", Texts.get(Texts.DEFAULT_LOCALE, "officer.town.required"))));
        }
        return town;
    }

    private IndustryDepartment scopeDepartment(Role role, Long departmentId) {
        if (role != Role.INDUSTRY) {
            return null;
        }
        IndustryDepartment department = departmentId == null ? null : em.find(IndustryDepartment.class, departmentId);
        if (department == null) {
            throw new InvalidInputException(List.of(Map.entry("departmentId",
                    Texts.get(Texts.DEFAULT_LOCALE, "officer.department.required"))));
        }
        return department;
    }

    private static String scopeText(Town town, IndustryDepartment department) {
        return town != null ? " " + town.getName() : department != null ? " " + department.getName() : "";
    }

    public long countAccounts() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }
}
