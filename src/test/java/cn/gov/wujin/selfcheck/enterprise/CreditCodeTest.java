package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // Codes printed on public business licences.
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110108551385082Q"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
    }

    @Test
    void refusesWrongLengthAndCharacters() {
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100I43"), "I is not in the alphabet");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }
}
