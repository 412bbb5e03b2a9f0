package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.enterprise.control.CertificateStatus;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileRules;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileRulesTest {

    private static ProfileData complete() {
        ProfileData data = new ProfileData();
        data.setRegisteredAddress("常州市武进区湖塘镇1号");
        data.setBusinessAddress("常州市武进区湖塘镇1号");
        data.setLegalRepresentative("张三");
        data.setPrincipalName("张三");
        data.setPrincipalMobile("13800000000");
        data.setContactPhone("0519-86312110");
        data.setEmployees(12);
        return data;
    }

    @Test
    void aYesMakesItsFollowUpsRequiredAndANoClearsThem() {
        ProfileData data = complete();
        data.setSafetyOrgEstablished(true);
        data.setSafetyOrgName("安全科");
        assertEquals(List.of("fullTimeSafetyStaff"), ProfileRules.missingFollowUps(data));
        assertTrue(ProfileRules.completeness(data, true) < 100);

        data.setSafetyOrgEstablished(false);
        assertEquals(List.of(), ProfileRules.missingFollowUps(data));
        ProfileRules.clearUnansweredFollowUps(data);
        assertNull(data.getSafetyOrgName());
    }

    @Test
    void completenessIsHundredOnlyWithEveryRequiredField() {
        assertEquals(0, ProfileRules.completeness(null, false));
        assertEquals(100, ProfileRules.completeness(complete(), true));
        assertTrue(ProfileRules.completeness(complete(), false) < 100);
        ProfileData missing = complete();
        missing.setBusinessAddress(" ");
        assertEquals(87, ProfileRules.completeness(missing, true));
    }

    @Test
    void certificatesWithinThirtyDaysAreExpiringAndPastOnesExpired() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertEquals(CertificateStatus.NONE, CertificateStatus.of(null, today));
        assertEquals(CertificateStatus.EXPIRED, CertificateStatus.of(today.minusDays(1), today));
        assertEquals(CertificateStatus.EXPIRING, CertificateStatus.of(today, today));
        assertEquals(CertificateStatus.EXPIRING, CertificateStatus.of(today.plusDays(30), today));
        assertEquals(CertificateStatus.VALID, CertificateStatus.of(today.plusDays(31), today));
    }
}
