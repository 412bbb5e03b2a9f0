package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardForm;
import cn.gov.wujin.selfcheck.hazard.entity.Actor;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAction;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.HazardTransitionException;
import cn.gov.wujin.selfcheck.hazard.entity.MajorReport;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** 待整改 → 整改中 → 待验收 → 已销号, back to 整改中 on a failed acceptance; what the life cycle refuses. */
class GeneralHazardLifecycleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Actor ENTERPRISE = new Actor("企业", "ENTERPRISE");
    private static final StoredImage AFTER = new StoredImage("a".repeat(64), "png", "image/png", 100, 10, 10);

    /** An enterprise outside the database (the reference entities have protected constructors for JPA). */
    private static Enterprise enterprise() {
        return new Enterprise("常州测试机械有限公司", "91350100M000100Y43", new Town() { }, new IndustryDepartment() { },
                new EnterpriseType() { }, new SupervisionLevel() { }, NOW);
    }

    private static Hazard general(Long originInspectionId, boolean immediately) {
        GeneralHazardForm form = new GeneralHazardForm();
        form.setLocation("仓库东侧");
        form.setDescription("灭火器过期");
        form.setHazardType("消防安全");
        form.setResponsible("赵海峰");
        form.setDeadline(TODAY.plusDays(10));
        form.setRectifiedImmediately(immediately);
        Enterprise enterprise = enterprise();
        return Hazard.general(enterprise, null, originInspectionId, form, "企业", NOW);
    }

    private static void step(Hazard hazard, boolean finished, List<StoredImage> photos) {
        hazard.recordRectification("更换灭火器", new BigDecimal("320.00"), "赵海峰", TODAY, finished, photos, ENTERPRISE, NOW);
    }

    /** Runs one transition and checks that it wrote exactly one trail row, the last, as expected. */
    private static void transition(Hazard hazard, HazardAction action, HazardStatus from, HazardStatus to, String comment,
                                   Runnable step) {
        assertEquals(from, hazard.getStatus());
        int rows = hazard.getEvents().size();
        step.run();
        assertEquals(rows + 1, hazard.getEvents().size(), action + " writes exactly one trail row");
        HazardEvent row = hazard.getLastEvent();
        assertEquals(action, row.getAction());
        assertEquals(from, row.getFromStatus());
        assertEquals(to, row.getToStatus());
        assertEquals(to, hazard.getStatus());
        assertEquals(ENTERPRISE.name(), row.getActor());
        assertEquals(ENTERPRISE.role(), row.getActorRole());
        assertEquals(comment, row.getComment());
        assertEquals(NOW, row.getOccurredAt());
        assertEquals(hazard, row.getHazard());
    }

    /** The trail as "ACTION FROM>TO ROLE", oldest first. */
    private static List<String> trail(Hazard hazard) {
        return hazard.getEvents().stream()
                .map(e -> e.getAction() + " " + e.getFromStatus() + ">" + e.getToStatus() + " " + e.getActorRole())
                .toList();
    }

    @Test
    void stepsThenAPassedAcceptanceCloseTheHazard() {
        Hazard hazard = general(null, false);
        assertEquals(HazardStatus.OPEN, hazard.getStatus());
        assertEquals(List.of(), hazard.getEvents(), "the report itself writes no trail row");
        assertNull(hazard.getLastEvent());
        transition(hazard, HazardAction.RECTIFICATION, HazardStatus.OPEN, HazardStatus.RECTIFYING, "更换灭火器",
                () -> step(hazard, false, List.of()));
        transition(hazard, HazardAction.RECTIFICATION, HazardStatus.RECTIFYING, HazardStatus.AWAITING_ACCEPTANCE, "更换灭火器",
                () -> step(hazard, true, List.of(AFTER)));
        assertEquals(2, hazard.getRectifications().size(), "every step is kept");
        assertEquals(1, hazard.getRectifications().get(1).getPhotos().size());
        assertEquals(List.of(), hazard.getPhotos(), "a step's photo is not a photo of the report");

        transition(hazard, HazardAction.ACCEPTANCE_PASSED, HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.CLOSED,
                "措施到位", () -> hazard.recordAcceptance("措施到位", "王验收", TODAY, true, "ignored", ENTERPRISE, NOW));
        assertEquals(NOW, hazard.getClosedAt());
        assertNull(hazard.getAcceptances().get(0).getReason(), "a passed acceptance has no reason");
        assertEquals("企业", hazard.getRectifications().get(0).getRecordedBy(), "the step is signed with the actor's name");
        assertEquals(List.of(
                "RECTIFICATION OPEN>RECTIFYING ENTERPRISE",
                "RECTIFICATION RECTIFYING>AWAITING_ACCEPTANCE ENTERPRISE",
                "ACCEPTANCE_PASSED AWAITING_ACCEPTANCE>CLOSED ENTERPRISE"), trail(hazard));
    }

    @Test
    void aFailedAcceptanceSendsTheHazardBackToTheWork() {
        Hazard hazard = general(null, false);
        transition(hazard, HazardAction.RECTIFICATION, HazardStatus.OPEN, HazardStatus.AWAITING_ACCEPTANCE, "更换灭火器",
                () -> step(hazard, true, List.of()));
        transition(hazard, HazardAction.ACCEPTANCE_FAILED, HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.RECTIFYING,
                "二楼未更换", () -> hazard.recordAcceptance("仍有过期灭火器", "王验收", TODAY, false, "二楼未更换", ENTERPRISE, NOW));
        assertNull(hazard.getClosedAt());
        assertEquals("二楼未更换", hazard.getAcceptances().get(0).getReason());
        transition(hazard, HazardAction.RECTIFICATION, HazardStatus.RECTIFYING, HazardStatus.AWAITING_ACCEPTANCE, "更换灭火器",
                () -> step(hazard, true, List.of()));
        transition(hazard, HazardAction.ACCEPTANCE_PASSED, HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.CLOSED,
                "已全部更换", () -> hazard.recordAcceptance("已全部更换", "王验收", TODAY, true, null, ENTERPRISE, NOW));
        assertEquals(2, hazard.getAcceptances().size(), "both acceptances are kept");
        assertEquals(List.of(
                "RECTIFICATION OPEN>AWAITING_ACCEPTANCE ENTERPRISE",
                "ACCEPTANCE_FAILED AWAITING_ACCEPTANCE>RECTIFYING ENTERPRISE",
                "RECTIFICATION RECTIFYING>AWAITING_ACCEPTANCE ENTERPRISE",
                "ACCEPTANCE_PASSED AWAITING_ACCEPTANCE>CLOSED ENTERPRISE"), trail(hazard));
    }

    @Test
    void anImmediateRectificationWaitsForAcceptanceWithoutATrailRow() {
        Hazard hazard = general(null, true);
        assertEquals(HazardStatus.AWAITING_ACCEPTANCE, hazard.getStatus());
        assertEquals(List.of(), hazard.getEvents());
        transition(hazard, HazardAction.ACCEPTANCE_FAILED, HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.RECTIFYING,
                "未更换", () -> hazard.recordAcceptance("不合格", "王验收", TODAY, false, " 未更换 ", ENTERPRISE, NOW));
        assertEquals(List.of("ACCEPTANCE_FAILED AWAITING_ACCEPTANCE>RECTIFYING ENTERPRISE"), trail(hazard));
    }

    @Test
    void whatTheLifeCycleForbidsIsRefused() {
        Hazard open = general(null, false);
        assertEquals(HazardStatus.OPEN, assertThrows(HazardTransitionException.class,
                () -> open.recordAcceptance("x", "y", TODAY, true, null, ENTERPRISE, NOW)).status(),
                "no acceptance before the work is finished");

        Hazard waiting = general(null, true);
        assertEquals(HazardStatus.AWAITING_ACCEPTANCE, waiting.getStatus(), "当场整改 waits for acceptance");
        assertThrows(HazardTransitionException.class, () -> step(waiting, false, List.of()),
                "no step once the work is finished");

        Hazard closed = general(null, true);
        closed.recordAcceptance("好", "王验收", TODAY, true, null, ENTERPRISE, NOW);
        assertThrows(HazardTransitionException.class, () -> step(closed, false, List.of()));
        assertThrows(HazardTransitionException.class, () -> closed.recordAcceptance("x", "y", TODAY, true, null, ENTERPRISE, NOW));

        Hazard ofDraft = general(42L, false);
        assertEquals("hazard.rectify.draft", assertThrows(HazardTransitionException.class,
                () -> step(ofDraft, false, List.of())).messageKey(), "a draft's hazard is rectified after 上报");
        assertEquals(0, ofDraft.getRectifications().size());

        assertEquals(List.of(), open.getEvents(), "a refusal writes no trail row");
        assertEquals(List.of(), waiting.getEvents(), "a refusal writes no trail row");
        assertEquals(List.of("ACCEPTANCE_PASSED AWAITING_ACCEPTANCE>CLOSED ENTERPRISE"), trail(closed),
                "only the passed acceptance is in the trail");
        assertEquals(List.of(), ofDraft.getEvents(), "a refusal writes no trail row");
    }

    @Test
    void aMajorHazardIsNotRectifiedBeforeTheAuthorityListsIt() {
        MajorHazardForm form = new MajorHazardForm();
        form.setLocation("反应釜区");
        form.setResponsible("李总");
        form.setDeadline(TODAY.plusDays(30));
        MajorReport report = form.getReport();
        report.setCurrentState("安全阀失效");
        Enterprise enterprise = enterprise();
        Hazard major = Hazard.major(enterprise, null, form, "企业", NOW);
        assertEquals("hazard.transition.refused", assertThrows(HazardTransitionException.class,
                () -> step(major, true, List.of())).messageKey(), "a major hazard is rectified once 挂牌督办");
        assertEquals("hazard.rectify.major", assertThrows(HazardTransitionException.class,
                () -> major.recordAcceptance("好", "王验收", TODAY, true, null, ENTERPRISE, NOW)).messageKey(),
                "the enterprise never closes a major hazard itself");
        assertEquals(HazardStatus.REPORTED, major.getStatus());
        assertEquals(List.of(), major.getEvents(), "a refusal writes no trail row");
        assertNotNull(major.getReport());
    }
}
