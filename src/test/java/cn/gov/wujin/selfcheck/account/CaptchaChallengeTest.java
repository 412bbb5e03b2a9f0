package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.account.control.CaptchaChallenge;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaptchaChallengeTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant ISSUED = Instant.parse("2026-11-25T01:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(5);

    private final Clock issuedClock = Clock.fixed(ISSUED, ZONE);

    @Test
    void randomChallengesUseFourLettersAndDigitsThatCannotBeConfused() {
        for (int i = 0; i < 200; i++) {
            String text = CaptchaChallenge.random(issuedClock).text();
            assertEquals(4, text.length());
            assertTrue(text.chars().allMatch(c -> CaptchaChallenge.ALPHABET.indexOf(c) >= 0), text);
        }
    }

    @Test
    void acceptsTheRightAnswerCaseInsensitively() {
        assertTrue(new CaptchaChallenge("AB3K", ISSUED).answer(" ab3k ", issuedClock, TTL, null));
    }

    @Test
    void refusesAWrongAnswer() {
        assertFalse(new CaptchaChallenge("AB3K", ISSUED).answer("AB3X", issuedClock, TTL, null));
    }

    @Test
    void answersOnlyOnce() {
        CaptchaChallenge challenge = new CaptchaChallenge("AB3K", ISSUED);
        assertFalse(challenge.answer("wrong", issuedClock, TTL, null));
        assertFalse(challenge.answer("AB3K", issuedClock, TTL, null), "a used challenge never answers again");
        assertTrue(challenge.isUsed());
    }

    @Test
    void expiresAfterItsTimeToLive() {
        Clock late = Clock.offset(issuedClock, TTL.plusSeconds(1));
        assertFalse(new CaptchaChallenge("AB3K", ISSUED).answer("AB3K", late, TTL, null));
        Clock inTime = Clock.offset(issuedClock, TTL.minusSeconds(1));
        assertTrue(new CaptchaChallenge("AB3K", ISSUED).answer("AB3K", inTime, TTL, null));
    }

    @Test
    void theTestAnswerWorksOnlyWhenConfigured() {
        assertFalse(new CaptchaChallenge("AB3K", ISSUED).answer("TEST-CAPTCHA", issuedClock, TTL, null));
        assertFalse(new CaptchaChallenge("AB3K", ISSUED).answer("TEST-CAPTCHA", issuedClock, TTL, ""));
        assertTrue(new CaptchaChallenge("AB3K", ISSUED).answer("TEST-CAPTCHA", issuedClock, TTL, "TEST-CAPTCHA"));
    }
}
