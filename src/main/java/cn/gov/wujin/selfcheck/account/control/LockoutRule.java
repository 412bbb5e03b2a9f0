package cn.gov.wujin.selfcheck.account.control;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LockoutRule(int maxFailures, Duration lockDuration) {

    public LockoutRule {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
