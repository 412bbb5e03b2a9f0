package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.account.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersWithLettersAndDigits() {
        assertEquals(List.of(), PasswordPolicy.violations("某某公司", "Anquan2026"));
    }

    @Test
    void refusesShortPasswords() {
        assertTrue(PasswordPolicy.violations("user", "abc123").contains("password.policy.tooShort"));
    }

    @Test
    void refusesPasswordsWithoutDigitsOrWithoutLetters() {
        assertTrue(PasswordPolicy.violations("user", "abcdefghij").contains("password.policy.lettersAndDigits"));
        assertTrue(PasswordPolicy.violations("user", "1234567890").contains("password.policy.lettersAndDigits"));
    }

    @Test
    void refusesTheInitialPassword() {
        assertTrue(PasswordPolicy.violations("user", "123456").contains("password.policy.initial"));
        assertTrue(PasswordPolicy.violations("user", "ab123456cd").contains("password.policy.initial"));
    }

    @Test
    void refusesTheUserName() {
        assertTrue(PasswordPolicy.violations("zhang2026", "Zhang2026").contains("password.policy.username"));
    }

    @Test
    void refusesAnEmptyPassword() {
        assertEquals(List.of("password.policy.required"), PasswordPolicy.violations("user", ""));
        assertEquals(List.of("password.policy.required"), PasswordPolicy.violations("user", null));
    }

    @Test
    void refusesOverlongPasswords() {
        assertTrue(PasswordPolicy.violations("user", "a1".repeat(40)).contains("password.policy.tooLong"));
    }
}
