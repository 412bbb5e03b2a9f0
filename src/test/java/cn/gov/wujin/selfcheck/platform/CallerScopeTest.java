package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerScopeTest {

    @Test
    void anEnterpriseCoversOnlyItself() {
        CallerScope scope = new CallerScope(1L, "a", Role.ENTERPRISE, 10L, null, null);
        assertTrue(scope.covers(10L, 1L, 1L));
        assertFalse(scope.covers(11L, 1L, 1L));
        assertEquals("e.id = :scopeId", scope.restrict("e"));
    }

    @Test
    void aTownOfficerCoversTheEnterprisesOfItsTown() {
        CallerScope scope = new CallerScope(1L, "t", Role.TOWN, null, 3L, null);
        assertTrue(scope.covers(10L, 3L, 9L));
        assertFalse(scope.covers(10L, 4L, 9L));
        assertEquals("i.enterprise.town.id = :scopeId", scope.restrict("i.enterprise"));
    }

    @Test
    void anIndustryOfficerCoversTheEnterprisesOfItsDepartment() {
        CallerScope scope = new CallerScope(1L, "d", Role.INDUSTRY, null, null, 5L);
        assertTrue(scope.covers(10L, 3L, 5L));
        assertFalse(scope.covers(10L, 3L, 6L));
    }

    @Test
    void theDistrictAndTheAdministratorCoverEverything() {
        assertTrue(new CallerScope(1L, "x", Role.DISTRICT, null, null, null).covers(1L, 2L, 3L));
        assertTrue(new CallerScope(1L, "x", Role.ADMIN, null, null, null).seesWholeDistrict());
    }

    @Test
    void aScopeWithoutItsKeyCannotBeMade() {
        assertThrows(NullPointerException.class, () -> new CallerScope(1L, "t", Role.TOWN, null, null, null));
        assertThrows(NullPointerException.class, () -> new CallerScope(1L, "e", Role.ENTERPRISE, null, null, null));
    }

    @Test
    void aHistoryRowNamesTheCallerByDisplayNameAndUsername() {
        assertEquals("牛塘镇安监员（niutang）",
                new CallerScope(1L, "niutang", Role.TOWN, null, 3L, null, "牛塘镇安监员").signature());
        assertEquals("ent001", new CallerScope(1L, "ent001", Role.ENTERPRISE, 10L, null, null, "ent001").signature());
        assertEquals("ent001", new CallerScope(1L, "ent001", Role.ENTERPRISE, 10L, null, null).signature(),
                "without a display name the username stands alone");
    }
}
