package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.entity.LoginAttempt.Outcome;
import cn.gov.wujin.selfcheck.platform.security.Role;

import java.time.LocalDateTime;

/** How a login ended: who, with which role, and for a refusal why and until when. */
public record AuthenticationResult(Outcome outcome, String username, Role role, boolean mustChangePassword,
                                   LocalDateTime lockedUntil, int attemptsLeft) {

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    static AuthenticationResult refused(Outcome outcome, LocalDateTime lockedUntil, int attemptsLeft) {
        return new AuthenticationResult(outcome, null, null, false, lockedUntil, attemptsLeft);
    }
}
