package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.hazard.entity.Actor;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.HazardTransitionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 代报: found by an officer, rectified by the enterprise, closed only by an officer's 复查. */
class OfficerReportedHazardTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Actor OFFICER = new Actor("牛塘镇安监员", "TOWN");
    private static final Actor ENTERPRISE = new Actor("企业", "ENTERPRISE");

    private static Enterprise enterprise() {
        return new Enterprise("常州测试化工有限公司", "91350100M000100Y43", new Town() { }, new IndustryDepartment() { },
                new EnterpriseType() { }, new SupervisionLevel() { }, NOW);
    }

    private static GeneralHazardForm finding() {
        GeneralHazardForm form = new GeneralHazardForm();
        form.setLocation("罐区围堰");
        form.setDescription("围堰排水阀常开");
        form.setHazardType("危化品储存");
        form.setResponsible("周立");
        form.setDeadline(TODAY.plusDays(7));
        return form;
    }

    private static Hazard reported() {
        return Hazard.reportedByOfficer(enterprise(), null, finding(), OFFICER, NOW);
    }

    private static void finishedStep(Hazard hazard) {
        hazard.recordRectification("关闭排水阀并上锁", new BigDecimal("50.00"), "周立", TODAY, true, List.of(), ENTERPRISE, NOW);
    }

    private static List<String> trail(Hazard hazard) {
        return hazard.getEvents().stream()
                .map(e -> e.getAction() + " " + e.getFromStatus() + ">" + e.getToStatus() + " " + e.getActorRole())
                .toList();
    }

    @Test
    void anOfficersFindingIsMarkedAndWaitsForTheEnterprise() {
        Hazard hazard = reported();
        assertEquals(HazardSource.OFFICER, hazard.getSource());
        assertEquals(HazardKind.GENERAL, hazard.getKind());
        assertEquals(HazardStatus.OPEN, hazard.getStatus());
        assertEquals("TOWN", hazard.getReporterRole());
        assertEquals(OFFICER.name(), hazard.getReportedBy());
        assertNull(hazard.getOriginInspectionId(), "not a draft's: the enterprise rectifies it at once");
        assertEquals(List.of(), hazard.getEvents());
    }

    @Test
    void theEnterpriseCannotCloseItButAnOfficersRecheckCan() {
        Hazard hazard = reported();
        finishedStep(hazard);
        assertEquals(HazardStatus.AWAITING_ACCEPTANCE, hazard.getStatus());

        HazardTransitionException refused = assertThrows(HazardTransitionException.class, () -> hazard.recordAcceptance(
                "已整改", "企业验收人", TODAY, true, null, ENTERPRISE, NOW));
        assertEquals("hazard.acceptance.officerOnly", refused.messageKey());
        assertEquals(HazardStatus.AWAITING_ACCEPTANCE, hazard.getStatus());
        assertEquals(List.of(), hazard.getAcceptances(), "the refused acceptance left nothing behind");

        // A failed 复查 needs its reason and sends the work back.
        HazardTransitionException noReason = assertThrows(HazardTransitionException.class, () -> hazard.recheck(
                "复查", "牛塘镇安监员", TODAY, false, " ", OFFICER, NOW));
        assertEquals("hazard.reason.required", noReason.messageKey());
        hazard.recheck("排水阀未上锁", "牛塘镇安监员", TODAY, false, "阀门未加锁", OFFICER, NOW);
        assertEquals(HazardStatus.RECTIFYING, hazard.getStatus());
        assertNull(hazard.getClosedAt());

        finishedStep(hazard);
        hazard.recheck("已关闭并上锁", "牛塘镇安监员", TODAY, true, null, OFFICER, NOW);
        assertEquals(HazardStatus.CLOSED, hazard.getStatus());
        assertNotNull(hazard.getClosedAt());
        assertEquals(2, hazard.getAcceptances().size(), "each 复查 is kept for the ledger");
        assertEquals(List.of(
                "RECTIFICATION OPEN>AWAITING_ACCEPTANCE ENTERPRISE",
                "RECHECK_FAILED AWAITING_ACCEPTANCE>RECTIFYING TOWN",
                "RECTIFICATION RECTIFYING>AWAITING_ACCEPTANCE ENTERPRISE",
                "RECHECK_PASSED AWAITING_ACCEPTANCE>CLOSED TOWN"), trail(hazard));
    }

    @Test
    void aRecheckIsRefusedBeforeTheWorkIsFinishedAndForASelfFoundHazard() {
        Hazard open = reported();
        HazardTransitionException early = assertThrows(HazardTransitionException.class, () -> open.recheck(
                "复查", "牛塘镇安监员", TODAY, true, null, OFFICER, NOW));
        assertEquals("hazard.transition.refused", early.messageKey());
        assertEquals(HazardStatus.OPEN, open.getStatus());

        GeneralHazardForm own = finding();
        Hazard selfFound = Hazard.general(enterprise(), null, null, own, "企业", NOW);
        finishedStep(selfFound);
        HazardTransitionException notOfficers = assertThrows(HazardTransitionException.class, () -> selfFound.recheck(
                "复查", "牛塘镇安监员", TODAY, true, null, OFFICER, NOW));
        assertEquals("hazard.recheck.selfFound", notOfficers.messageKey());
        assertEquals(HazardStatus.AWAITING_ACCEPTANCE, selfFound.getStatus());
        assertEquals(HazardSource.SELF, selfFound.getSource());
    }

    @Test
    void aMajorFindingWaitsForSupervisionAndCannotBeSentBackForSupplement() {
        Hazard major = Hazard.majorReportedByOfficer(enterprise(), null, finding(), null, OFFICER, NOW);
        assertEquals(HazardKind.MAJOR, major.getKind());
        assertEquals(HazardStatus.REPORTED, major.getStatus());
        assertTrue(major.isOfficerReported());
        assertNull(major.getReport(), "no enterprise report behind an officer's finding");
        HazardTransitionException refused = assertThrows(HazardTransitionException.class,
                () -> major.returnForSupplement("补充", OFFICER, NOW));
        assertEquals("hazard.return.officerReported", refused.messageKey());
        assertEquals(HazardStatus.REPORTED, major.getStatus());
        assertEquals(List.of(), major.getEvents());
    }
}
