package cn.gov.wujin.selfcheck.account;

import cn.gov.wujin.selfcheck.account.control.PasswordPolicy;
import cn.gov.wujin.selfcheck.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"abc12345", "password1", "qwer1234", "asdf1234", "1qaz2wsx", "qwerty12", "a1b2c3d4", "Passw0rd",
            "admin123", "iloveyou1"})
    void refusesCommonPasswordsAndKeyboardRunsThatPassTheLetterAndDigitRule(String guessable) {
        assertEquals(List.of("password.policy.guessable"), PasswordPolicy.violations("某某公司", guessable));
    }

    @Test
    void refusesAPasswordMadeOfTheUserNameAndAYear() {
        assertEquals(List.of("password.policy.guessable"), PasswordPolicy.violations("zhangwei", "zhangwei2026"));
    }

    @Test
    void acceptsARandomEightCharacterPassword() {
        assertEquals(List.of(), PasswordPolicy.violations("user", "Q8v2mZt5"));
    }

    @Test
    void aStricterDeploymentCanAskForMoreStrength() {
        assertEquals(List.of(), PasswordPolicy.violations("user", "Q8v2mZt5", 2));
        assertEquals(List.of("password.policy.guessable"), PasswordPolicy.violations("user", "Q8v2mZt5", 3));
    }

    @Test
    void theOtherRulesAreReportedBeforeTheStrength() {
        assertEquals(List.of("password.policy.lettersAndDigits"), PasswordPolicy.violations("user", "abcdefgh"));
    }

    @Test
    void thePasswordsTheTestsAndDemoSetPass() {
        assertEquals(List.of(), PasswordPolicy.violations("常州市武进区湖塘精密机械有限公司", Demo.NEW_PASSWORD));
        assertEquals(List.of(), PasswordPolicy.violations("district", Demo.OFFICER_PASSWORD), "DemoData opens officers with it");
    }
}
