package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.control.LockoutRule;
import cn.gov.wujin.selfcheck.account.control.PasswordHashing;
import cn.gov.wujin.selfcheck.account.control.PasswordPolicy;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt;
import cn.gov.wujin.selfcheck.account.entity.LoginAttempt.Outcome;
import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
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
            return AuthenticationResult.refused(Outcome.BAD_PASSWORD, null, -1);
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            em.persist(new LoginAttempt(username, now, clientIp, Outcome.DISABLED));
            return AuthenticationResult.refused(Outcome.DISABLED, null, -1);
        }
        if (account.isLocked(clock)) {
            em.persist(new LoginAttempt(username, now, clientIp, Outcome.LOCKED));
            return AuthenticationResult.refused(Outcome.LOCKED, account.getLockedUntil(), 0);
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            account.loginFailed(clock, lockoutRule());
            boolean lockedNow = account.isLocked(clock);
            em.persist(new LoginAttempt(username, now, clientIp, lockedNow ? Outcome.LOCKED : Outcome.BAD_PASSWORD));
            return lockedNow
                    ? AuthenticationResult.refused(Outcome.LOCKED, account.getLockedUntil(), 0)
                    : AuthenticationResult.refused(Outcome.BAD_PASSWORD, null, maxFailures - account.getFailedAttempts());
        }
        account.loginSucceeded(clock);
        em.persist(new LoginAttempt(username, now, clientIp, Outcome.SUCCESS));
        return new AuthenticationResult(Outcome.SUCCESS, account.getUsername(), account.getRole(),
                account.isMustChangePassword(), null, maxFailures);
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

    public long countAccounts() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }
}
