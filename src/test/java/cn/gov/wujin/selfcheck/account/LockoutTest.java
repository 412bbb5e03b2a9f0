package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.account.control.LockoutRule;
import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LockoutRule RULE = new LockoutRule(5, Duration.ofMinutes(15));

    private final Clock start = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE);

    private UserAccount account() {
        return UserAccount.forOfficer("admin", "管理员", Role.ADMIN, null, null, "hash", LocalDateTime.now(start));
    }

    @Test
    void fiveWrongPasswordsInARowLockForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(start, RULE);
            assertFalse(account.isLocked(start), "not locked after " + (i + 1));
        }
        account.loginFailed(start, RULE);

        assertTrue(account.isLocked(start));
        assertEquals(LocalDateTime.now(start).plusMinutes(15), account.getLockedUntil());
        assertTrue(account.isLocked(Clock.offset(start, Duration.ofMinutes(14).plusSeconds(59))));
        assertFalse(account.isLocked(Clock.offset(start, Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(start, RULE);
        }
        account.loginSucceeded(start);
        account.loginFailed(start, RULE);

        assertFalse(account.isLocked(start));
        assertEquals(1, account.getFailedAttempts());
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(start, RULE);
        }
        Clock later = Clock.offset(start, Duration.ofMinutes(16));
        account.loginFailed(later, RULE);

        assertFalse(account.isLocked(later));
        assertEquals(1, account.getFailedAttempts());
    }

    @Test
    void theRuleNeedsSensibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutRule(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutRule(5, Duration.ZERO));
    }
}
