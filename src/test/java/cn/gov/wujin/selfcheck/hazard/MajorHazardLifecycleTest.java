package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardForm;
import cn.gov.wujin.selfcheck.hazard.entity.Actor;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAction;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.HazardTransitionException;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import cn.gov.wujin.selfcheck.hazard.entity.SafetyMeasures;
import cn.gov.wujin.selfcheck.hazard.entity.Supervision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 已上报 ⇄ 退回补充 → 挂牌督办 → 治理中 (延期 granted or refused) → 申请验收 → 已销号 or back to 治理中; every
 * step writes its trail row; what the life cycle refuses leaves the hazard and its trail as they were.
 */
class MajorHazardLifecycleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final LocalDateTime LATER = NOW.plusDays(40);
    private static final Actor ENTERPRISE = new Actor("企业", "ENTERPRISE");
    private static final Actor TOWN = new Actor("湖塘镇（hutang）", "TOWN");
    private static final Actor DISTRICT = new Actor("区安委办（district）", "DISTRICT");

    private static Hazard major() {
        MajorHazardForm form = new MajorHazardForm();
        form.setLocation("储罐区");
        form.setResponsible("李总");
        form.setDeadline(TODAY.plusDays(30));
        form.getReport().setCurrentState("安全阀失效");
        Enterprise enterprise = new Enterprise("常州测试化工有限公司", "91350100M000100Y43", new Town() { },
                new IndustryDepartment() { }, new EnterpriseType() { }, new SupervisionLevel() { }, NOW);
        return Hazard.major(enterprise, null, form, "企业", NOW);
    }

    private static Supervision listing(LocalDate deadline) {
        return new Supervision(ListingLevel.DISTRICT, "武进区安委办", deadline, "武安督〔2026〕12号", DISTRICT.name(), NOW);
    }

    private static Hazard supervised(LocalDate deadline) {
        Hazard hazard = major();
        hazard.supervise(listing(deadline), DISTRICT, NOW);
        return hazard;
    }

    private static void step(Hazard hazard, boolean finished) {
        hazard.recordRectification("更换安全阀", new BigDecimal("36000"), "李总", TODAY, finished, List.of(), ENTERPRISE, NOW);
    }

    private static SafetyMeasures signs() {
        SafetyMeasures measures = new SafetyMeasures();
        measures.setWarningSigns(true);
        measures.setMonitoring(true);
        return measures;
    }

    /** The step is refused with this key and changes nothing: status, deadline and trail stay. */
    private static void refused(String key, Hazard hazard, Executable step) {
        HazardStatus status = hazard.getStatus();
        LocalDate deadline = hazard.getDeadline();
        int rows = hazard.getEvents().size();
        assertEquals(key, assertThrows(HazardTransitionException.class, step).messageKey());
        assertEquals(status, hazard.getStatus());
        assertEquals(deadline, hazard.getDeadline());
        assertEquals(rows, hazard.getEvents().size(), "a refusal writes no trail row");
    }

    @Test
    void theWholePathWritesOneTrailRowPerStepWithStatusesAndRoles() {
        Hazard hazard = major();
        hazard.returnForSupplement("请补充现场情况", TOWN, NOW);
        assertEquals(HazardStatus.RETURNED, hazard.getStatus());
        hazard.supplement("储罐区已设围堰", ENTERPRISE, NOW);
        assertEquals(HazardStatus.REPORTED, hazard.getStatus());
        assertEquals("安全阀失效", hazard.getDescription(), "an addition leaves the report as it was");
        assertEquals("安全阀失效", hazard.getReport().getCurrentState());
        assertEquals(List.of("储罐区已设围堰"), hazard.getSupplements().stream().map(HazardEvent::getComment).toList());

        LocalDate listedDeadline = TODAY.plusDays(20);
        hazard.supervise(listing(listedDeadline), DISTRICT, NOW);
        assertEquals(HazardStatus.SUPERVISED, hazard.getStatus());
        assertEquals(listedDeadline, hazard.getDeadline(), "the supervision's deadline becomes the hazard's");
        assertEquals("武安督〔2026〕12号", hazard.getSupervision().getDocumentNumber());

        hazard.confirmMeasures(signs(), ENTERPRISE, NOW);
        assertEquals(HazardStatus.SUPERVISED, hazard.getStatus());
        assertEquals("warningSigns,monitoring", hazard.getLastEvent().getComment());
        assertEquals(NOW, hazard.getMeasuresConfirmedAt());
        assertTrue(hazard.getMeasures().isWarningSigns());
        assertFalse(hazard.getMeasures().isWorkersWithdrawn());

        hazard.requestExtension(listedDeadline.plusDays(10), "设备到货延迟", ENTERPRISE, TODAY, NOW);
        assertEquals(listedDeadline.plusDays(10), hazard.getExtensionUntil());
        assertEquals("设备到货延迟", hazard.getExtensionReason());
        assertEquals(listedDeadline, hazard.getDeadline(), "asking moves nothing yet");
        hazard.decideExtension(true, null, TOWN, NOW);
        assertEquals(listedDeadline.plusDays(10), hazard.getDeadline(), "granted: the deadline moves");
        assertNull(hazard.getExtensionUntil());
        assertNull(hazard.getExtensionReason());

        step(hazard, true);
        assertEquals(HazardStatus.RECTIFYING, hazard.getStatus(), "a major hazard waits for 申请验收, not for the enterprise's own acceptance");
        hazard.requestAcceptance("治理完成", TODAY.plusDays(10), ENTERPRISE, NOW);
        assertEquals(HazardStatus.ACCEPTANCE_REQUESTED, hazard.getStatus());
        assertEquals(TODAY.plusDays(10), hazard.getReviewDeadline());
        hazard.decideAcceptance(false, "警戒区未恢复", DISTRICT, NOW);
        assertEquals(HazardStatus.RECTIFYING, hazard.getStatus());
        assertNull(hazard.getReviewDeadline());
        assertNull(hazard.getClosedAt(), "a failed acceptance does not close");
        refused("hazard.acceptance.unfinished", hazard, () -> hazard.requestAcceptance("同一份", TODAY, ENTERPRISE, NOW));
        step(hazard, true);
        hazard.requestAcceptance("已恢复", TODAY.plusDays(10), ENTERPRISE, NOW);
        assertEquals(HazardStatus.ACCEPTANCE_REQUESTED, hazard.getStatus());
        hazard.decideAcceptance(true, null, DISTRICT, LATER);
        assertEquals(HazardStatus.CLOSED, hazard.getStatus());
        assertEquals(LATER, hazard.getClosedAt());
        assertNull(hazard.getReviewDeadline());
        assertEquals(List.of(), hazard.getAcceptances(), "the authority's 验收 is a trail row, not an enterprise acceptance");

        assertEquals(List.of(
                "RETURNED REPORTED>RETURNED TOWN",
                "SUPPLEMENTED RETURNED>REPORTED ENTERPRISE",
                "SUPERVISED REPORTED>SUPERVISED DISTRICT",
                "MEASURES_CONFIRMED SUPERVISED>SUPERVISED ENTERPRISE",
                "EXTENSION_REQUESTED SUPERVISED>SUPERVISED ENTERPRISE",
                "EXTENSION_GRANTED SUPERVISED>SUPERVISED TOWN",
                "RECTIFICATION SUPERVISED>RECTIFYING ENTERPRISE",
                "ACCEPTANCE_REQUESTED RECTIFYING>ACCEPTANCE_REQUESTED ENTERPRISE",
                "ACCEPTANCE_FAILED ACCEPTANCE_REQUESTED>RECTIFYING DISTRICT",
                "RECTIFICATION RECTIFYING>RECTIFYING ENTERPRISE",
                "ACCEPTANCE_REQUESTED RECTIFYING>ACCEPTANCE_REQUESTED ENTERPRISE",
                "ACCEPTANCE_PASSED ACCEPTANCE_REQUESTED>CLOSED DISTRICT"),
                hazard.getEvents().stream().map(e -> e.getAction() + " " + e.getFromStatus() + ">" + e.getToStatus()
                        + " " + e.getActorRole()).toList());
        assertEquals("警戒区未恢复", hazard.getEvents().get(8).getComment());
        assertEquals(List.of(TOWN.name(), ENTERPRISE.name(), DISTRICT.name(), ENTERPRISE.name(), ENTERPRISE.name(),
                        TOWN.name(), ENTERPRISE.name(), ENTERPRISE.name(), DISTRICT.name(), ENTERPRISE.name(), ENTERPRISE.name(),
                        DISTRICT.name()),
                hazard.getEvents().stream().map(HazardEvent::getActor).toList());
        assertEquals(List.of("请补充现场情况", "储罐区已设围堰", "武安督〔2026〕12号"),
                hazard.getEvents().subList(0, 3).stream().map(HazardEvent::getComment).toList());
        assertEquals(LATER, hazard.getLastEvent().getOccurredAt());
        assertNull(hazard.getLastEvent().getComment(), "通过 needs no opinion");
    }

    @Test
    void aReportIsReturnedOrSupervisedOnlyWhileReported() {
        Hazard hazard = major();
        refused("hazard.reason.required", hazard, () -> hazard.returnForSupplement("  ", TOWN, NOW));
        refused("hazard.transition.refused", hazard, () -> hazard.supplement("改写", ENTERPRISE, NOW));
        refused("hazard.transition.refused", hazard, () -> step(hazard, false));
        refused("hazard.transition.refused", hazard, () -> hazard.requestExtension(TODAY.plusDays(60), "x", ENTERPRISE, TODAY, NOW));
        hazard.returnForSupplement("缺照片", TOWN, NOW);
        refused("hazard.transition.refused", hazard, () -> hazard.supervise(listing(TODAY.plusDays(5)), DISTRICT, NOW));
        refused("hazard.reason.required", hazard, () -> hazard.supplement("", ENTERPRISE, NOW));
    }

    @Test
    void anExtensionIsAskedBeforeTheDeadlineForALaterDateOneAtATime() {
        LocalDate deadline = TODAY.plusDays(5);
        Hazard hazard = supervised(deadline);
        refused("hazard.extension.notLater", hazard, () -> hazard.requestExtension(deadline, "x", ENTERPRISE, TODAY, NOW));
        refused("hazard.extension.afterDeadline", hazard,
                () -> hazard.requestExtension(deadline.plusDays(9), "x", ENTERPRISE, deadline.plusDays(1), NOW));
        refused("hazard.extension.none", hazard, () -> hazard.decideExtension(true, null, TOWN, NOW));
        hazard.requestExtension(deadline.plusDays(9), "到货延迟", ENTERPRISE, deadline, NOW);
        refused("hazard.extension.pending", hazard,
                () -> hazard.requestExtension(deadline.plusDays(20), "x", ENTERPRISE, TODAY, NOW));
        refused("hazard.reason.required", hazard, () -> hazard.decideExtension(false, " ", TOWN, NOW));
        hazard.decideExtension(false, "理由不充分", TOWN, NOW);
        assertEquals(deadline, hazard.getDeadline(), "refused: the deadline stays");
        assertNull(hazard.getExtensionUntil());
        assertEquals(HazardAction.EXTENSION_REFUSED, hazard.getLastEvent().getAction());
    }

    @Test
    void onlyTheAuthorityClosesAMajorHazardAndOnlyAfterAFinishedStep() {
        Hazard hazard = supervised(TODAY.plusDays(20));
        refused("hazard.acceptance.unfinished", hazard, () -> hazard.requestAcceptance("x", TODAY, ENTERPRISE, NOW));
        assertNull(hazard.getReviewDeadline());
        step(hazard, false);
        assertEquals(HazardStatus.RECTIFYING, hazard.getStatus());
        refused("hazard.acceptance.unfinished", hazard, () -> hazard.requestAcceptance("x", TODAY, ENTERPRISE, NOW));
        refused("hazard.transition.refused", hazard, () -> hazard.decideAcceptance(true, null, DISTRICT, NOW));
        step(hazard, true);
        assertEquals(HazardStatus.RECTIFYING, hazard.getStatus(), "a finished step does not ask for 验收 by itself");
        refused("hazard.rectify.major", hazard,
                () -> hazard.recordAcceptance("好", "王验收", TODAY, true, null, ENTERPRISE, NOW));
        hazard.requestAcceptance("完成", TODAY.plusDays(10), ENTERPRISE, NOW);
        refused("hazard.transition.refused", hazard, () -> step(hazard, true));
        refused("hazard.reason.required", hazard, () -> hazard.decideAcceptance(false, "", DISTRICT, NOW));
        hazard.decideAcceptance(true, "同意销号", DISTRICT, NOW);
        refused("hazard.transition.refused", hazard, () -> hazard.confirmMeasures(signs(), ENTERPRISE, NOW));
        refused("hazard.transition.refused", hazard, () -> hazard.supervise(listing(TODAY.plusDays(5)), DISTRICT, NOW));
    }

    @Test
    void theMajorStepsAreRefusedForAGeneralHazard() {
        cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm form = new cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm();
        form.setLocation("仓库");
        form.setDescription("灭火器过期");
        form.setResponsible("赵");
        form.setDeadline(TODAY.plusDays(3));
        Hazard general = Hazard.general(major().getEnterprise(), null, null, form, "企业", NOW);
        refused("hazard.major.only", general, () -> general.supervise(listing(TODAY.plusDays(5)), DISTRICT, NOW));
        refused("hazard.major.only", general, () -> general.confirmMeasures(signs(), ENTERPRISE, NOW));
        refused("hazard.major.only", general, () -> general.requestAcceptance("x", TODAY, ENTERPRISE, NOW));
        refused("hazard.major.only", general, () -> general.returnForSupplement("缺照片", TOWN, NOW));
        refused("hazard.major.only", general, () -> general.supplement("补充", ENTERPRISE, NOW));
        refused("hazard.major.only", general,
                () -> general.requestExtension(TODAY.plusDays(9), "x", ENTERPRISE, TODAY, NOW));
        refused("hazard.major.only", general, () -> general.decideExtension(true, null, TOWN, NOW));
        refused("hazard.major.only", general, () -> general.decideAcceptance(true, null, DISTRICT, NOW));
        assertNull(general.getSupervision());
        assertEquals(HazardStatus.OPEN, general.getStatus());
    }

    @Test
    void aRefusalLeavesNoHalfWrittenRequestAndAnExtensionLapsesWithTheAcceptanceRequest() {
        LocalDate deadline = TODAY.plusDays(20);
        Hazard hazard = supervised(deadline);
        refused("hazard.reason.required", hazard,
                () -> hazard.requestExtension(deadline.plusDays(5), " ", ENTERPRISE, TODAY, NOW));
        assertNull(hazard.getExtensionUntil(), "a refused request leaves nothing pending");
        step(hazard, true);
        refused("hazard.reason.required", hazard, () -> hazard.requestAcceptance(" ", TODAY.plusDays(10), ENTERPRISE, NOW));
        assertNull(hazard.getReviewDeadline(), "a refused request sets no review deadline");
        hazard.requestExtension(deadline.plusDays(5), "等待检测报告", ENTERPRISE, TODAY, NOW);
        hazard.requestAcceptance("完成", TODAY.plusDays(10), ENTERPRISE, NOW);
        assertNull(hazard.getExtensionUntil(), "the pending extension lapses once the work is finished");
        refused("hazard.reason.required", hazard, () -> hazard.decideAcceptance(false, "", DISTRICT, NOW));
        assertEquals(TODAY.plusDays(10), hazard.getReviewDeadline(), "a refused decision keeps the review running");
        hazard.decideAcceptance(true, null, DISTRICT, NOW);
        refused("hazard.extension.none", hazard, () -> hazard.decideExtension(true, null, TOWN, NOW));
    }
}
