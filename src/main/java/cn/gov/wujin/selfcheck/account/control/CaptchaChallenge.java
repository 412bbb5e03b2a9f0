package cn.gov.wujin.selfcheck.account.control;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One captcha: the characters shown in the picture and when it was issued. It answers once: any
 * check, right or wrong, uses it up, and it expires after its time to live.
 */
public final class CaptchaChallenge implements Serializable {

    /** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final Instant issuedAt;
    private boolean used;

    public CaptchaChallenge(String text, Instant issuedAt) {
        this.text = Objects.requireNonNull(text);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public static CaptchaChallenge random(Clock clock) {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new CaptchaChallenge(text.toString(), clock.instant());
    }

    /**
     * Checks an answer, case-insensitively. Uses the challenge up whatever the outcome. A test answer,
     * when configured, is accepted in place of the real one.
     */
    public synchronized boolean answer(String given, Clock clock, Duration timeToLive, String testAnswer) {
        if (used) {
            return false;
        }
        used = true;
        if (clock.instant().isAfter(issuedAt.plus(timeToLive))) {
            return false;
        }
        String answer = given == null ? "" : given.strip();
        if (testAnswer != null && !testAnswer.isBlank() && answer.equalsIgnoreCase(testAnswer.strip())) {
            return true;
        }
        return answer.equalsIgnoreCase(text);
    }

    public String text() {
        return text;
    }

    public boolean isUsed() {
        return used;
    }
}
