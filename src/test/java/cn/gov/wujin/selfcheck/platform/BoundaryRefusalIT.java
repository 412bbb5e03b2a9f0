package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.wujin.selfcheck.testing.JsfClient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.gov.wujin.selfcheck.testing.Boundary.DENIED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal of every boundary (scope, role, life cycle, fixed field), proven where it is made:
 * each call reaches the boundary method itself as the wrong caller (through the test support's
 * boundary probe, on a real database), with nothing in web.xml or JSF in front of it. Each test
 * also makes the same call as a rightful caller, so that the refusal cannot come from anything else.
 *
 * <p>Callers: enterprise A (湖塘, 应急管理局) with its draft, submitted record, staff entry, picture,
 * major hazard and hazard photo; enterprise B (牛塘, 工业和信息化局); 牛塘镇 (not A's town),
 * 湖塘镇 (A's town), 应急管理局 (A's department, not B's), the district and the administrator.
 */
@ExtendWith(IsolatedServer.class)
class BoundaryRefusalIT {

    private static final String A = Demo.HUTANG_MACHINERY;
    private static final String B = Demo.NIUTANG_LIGHT;
    private static final String REFUSED_SUBMITTED = "REFUSED inspection.submitted.readOnly";
    private static final String REFUSED_PUBLISHED = "REFUSED standard.admin.notDraft";

    private static Boundary boundary;
    private static String draftA;
    private static String submittedA;
    private static String submittedB;
    private static String staffA;
    private static String pictureA;
    private static String majorA;
    private static String photoA;
    private static String uploadedKeyA;

    @BeforeAll
    static void arrange() {
        boundary = new Boundary(IsolatedServer.baseUrl());
        draftA = boundary.ok(A, "inspection.save");
        submittedA = boundary.ok(A, "inspection.save");
        boundary.ok(A, "inspection.submit", "id", submittedA);
        submittedB = boundary.ok(B, "inspection.save");
        boundary.ok(B, "inspection.submit", "id", submittedB);
        staffA = boundary.ok(A, "staff.add", "enterprise", A);
        pictureA = boundary.ok(A, "picture.add", "enterprise", A);
        majorA = boundary.ok(A, "hazard.reportMajor");
        String withPhoto = boundary.ok(A, "inspection.save", "photo", true);
        photoA = boundary.ok(A, "photo.ofRecord", "id", withPhoto);
        uploadedKeyA = boundary.ok(A, "photo.upload");
    }

    private static void refused(String expected, String as, String operation, Object... arguments) {
        assertEquals(expected, boundary.call(as, operation, arguments),
                operation + " as " + as + " " + Arrays.toString(arguments));
    }

    private static void denied(String as, String operation, Object... arguments) {
        refused(DENIED, as, operation, arguments);
    }

    // Scope: Enterprises.find, which every boundary read and write goes through

    @Test
    void anEnterpriseIsRefusedAnotherEnterprise() {
        boundary.ok(A, "enterprise.find", "enterprise", A);
        denied(B, "enterprise.find", "enterprise", A);
    }

    @Test
    void aTownOfficerIsRefusedAnEnterpriseOfAnotherTown() {
        boundary.ok(Demo.TOWN_HUTANG, "enterprise.find", "enterprise", A);
        denied(Demo.TOWN_NIUTANG, "enterprise.find", "enterprise", A);
    }

    @Test
    void anIndustryOfficerIsRefusedAnEnterpriseOfAnotherDepartment() {
        boundary.ok(Demo.INDUSTRY_YJGL, "enterprise.find", "enterprise", A);
        denied(Demo.INDUSTRY_YJGL, "enterprise.find", "enterprise", B);
    }

    @Test
    void anUnknownIdIsRefusedLikeOneOutOfScope() {
        long unknown = 987_654_321L;
        assertAll(
                () -> denied(A, "inspection.detail", "id", unknown),
                () -> denied(A, "inspection.submit", "id", unknown),
                () -> denied(A, "inspection.delete", "id", unknown),
                () -> denied(A, "staff.data", "id", unknown),
                () -> denied(A, "picture.open", "id", unknown),
                () -> denied(A, "photo.open", "id", unknown),
                () -> denied(A, "hazard.majorHazard", "id", unknown));
    }

    // Profiles

    @Test
    void theProfileOfAnotherEnterpriseCannotBeReadByAnEnterpriseOrAnOfficerOutOfScope() {
        boundary.ok(Demo.TOWN_HUTANG, "profile.form", "enterprise", A);
        assertAll(
                () -> denied(B, "profile.form", "enterprise", A),
                () -> denied(B, "profile.display", "enterprise", A),
                () -> denied(B, "profile.history", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "profile.form", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "profile.display", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "profile.history", "enterprise", A));
    }

    @Test
    void theProfileOfAnotherEnterpriseCannotBeSavedByAnEnterpriseOrAnOfficerOutOfScope() {
        boundary.ok(Demo.TOWN_HUTANG, "profile.save", "enterprise", A);
        denied(B, "profile.save", "enterprise", A, "loadAs", Demo.DISTRICT);
        denied(Demo.TOWN_NIUTANG, "profile.save", "enterprise", A, "loadAs", Demo.DISTRICT);
    }

    @Test
    void anEnterprisesSaveThatChangesAFixedFieldIsRefusedByProfilesItself() {
        boundary.ok(A, "profile.save", "enterprise", A);
        denied(A, "profile.save", "enterprise", A, "name", "伪造的单位名称有限公司");
        boundary.ok(A, "enterprise.find", "enterprise", A); // the name is unchanged: found by it
    }

    // SafetyStaffs

    @Test
    void anotherEnterprisesStaffCannotBeListedAddedReadChangedOrDeleted() {
        boundary.ok(A, "staff.data", "id", staffA);
        assertAll(
                () -> denied(B, "staff.list", "enterprise", A),
                () -> denied(B, "staff.add", "enterprise", A),
                () -> denied(B, "staff.data", "id", staffA),
                () -> denied(B, "staff.update", "id", staffA, "loadAs", A),
                () -> denied(B, "staff.delete", "id", staffA),
                () -> denied(Demo.TOWN_NIUTANG, "staff.data", "id", staffA),
                () -> denied(Demo.TOWN_NIUTANG, "staff.update", "id", staffA, "loadAs", A),
                () -> denied(Demo.TOWN_NIUTANG, "staff.delete", "id", staffA));
        boundary.ok(A, "staff.data", "id", staffA);
    }

    // Pictures

    @Test
    void anotherEnterprisesPicturesCannotBeListedAddedOpenedOrDeleted() {
        boundary.ok(A, "picture.open", "id", pictureA);
        boundary.ok(Demo.TOWN_HUTANG, "picture.open", "id", pictureA);
        assertAll(
                () -> denied(B, "picture.list", "enterprise", A),
                () -> denied(B, "picture.add", "enterprise", A),
                () -> denied(B, "picture.open", "id", pictureA),
                () -> denied(B, "picture.delete", "id", pictureA),
                () -> denied(Demo.TOWN_NIUTANG, "picture.open", "id", pictureA),
                () -> denied(Demo.TOWN_NIUTANG, "picture.delete", "id", pictureA));
        boundary.ok(A, "picture.open", "id", pictureA);
    }

    // Inspections

    @Test
    void anOfficerCannotStartSaveReopenSubmitOrDeleteARecordEvenInScope() {
        assertAll(
                () -> denied(Demo.DISTRICT, "inspection.newForm"),
                () -> denied(Demo.DISTRICT, "inspection.drafts"),
                () -> denied(Demo.DISTRICT, "inspection.save"),
                () -> denied(Demo.DISTRICT, "inspection.editForm", "id", draftA),
                () -> denied(Demo.DISTRICT, "inspection.save", "id", draftA),
                () -> denied(Demo.DISTRICT, "inspection.submit", "id", draftA),
                () -> denied(Demo.DISTRICT, "inspection.delete", "id", draftA),
                () -> denied(Demo.TOWN_HUTANG, "inspection.submit", "id", draftA));
        assertEquals("DRAFT", boundary.ok(A, "inspection.detail", "id", draftA));
    }

    @Test
    void anotherEnterprisesDraftCannotBeReopenedSavedSubmittedOrDeletedById() {
        String version = boundary.ok(A, "inspection.editForm", "id", draftA);
        assertAll(
                () -> denied(B, "inspection.editForm", "id", draftA),
                () -> denied(B, "inspection.save", "id", draftA, "version", version),
                () -> denied(B, "inspection.submit", "id", draftA),
                () -> denied(B, "inspection.delete", "id", draftA));
        assertEquals("DRAFT", boundary.ok(A, "inspection.detail", "id", draftA));
        assertEquals(version, boundary.ok(A, "inspection.editForm", "id", draftA), "the draft is unchanged");
    }

    @Test
    void aSubmittedRecordCannotBeReopenedSavedSubmittedOrDeletedAgain() {
        assertAll(
                () -> refused(REFUSED_SUBMITTED, A, "inspection.editForm", "id", submittedA),
                () -> refused(REFUSED_SUBMITTED, A, "inspection.save", "id", submittedA, "version", 1),
                () -> refused(REFUSED_SUBMITTED, A, "inspection.submit", "id", submittedA),
                () -> refused(REFUSED_SUBMITTED, A, "inspection.delete", "id", submittedA));
        assertEquals("SUBMITTED", boundary.ok(A, "inspection.detail", "id", submittedA));
    }

    @Test
    void aDraftSavedFromAFormLoadedBeforeAnotherSaveIsRefusedAsStale() {
        String draft = boundary.ok(A, "inspection.save", "inspector", "第一次");
        String loaded = boundary.ok(A, "inspection.editForm", "id", draft);
        boundary.ok(A, "inspection.save", "id", draft, "version", loaded, "inspector", "另一个标签页");

        refused("REFUSED record.stale", A, "inspection.save", "id", draft, "version", loaded, "inspector", "过时的标签页");
    }

    @Test
    void theHistoryRecordsAndComparisonsOfAnEnterpriseOutOfScopeAreRefused() {
        boundary.ok(Demo.TOWN_HUTANG, "inspection.history", "enterprise", A);
        boundary.ok(Demo.TOWN_HUTANG, "inspection.detail", "id", submittedA);
        assertAll(
                () -> denied(B, "inspection.history", "enterprise", A),
                () -> denied(B, "inspection.countHistory", "enterprise", A),
                () -> denied(B, "inspection.detail", "id", submittedA),
                () -> denied(B, "inspection.detail", "id", draftA),
                () -> denied(B, "inspection.compare", "id", submittedA, "other", draftA),
                () -> denied(Demo.TOWN_NIUTANG, "inspection.history", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "inspection.countHistory", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "inspection.detail", "id", submittedA),
                () -> denied(Demo.INDUSTRY_YJGL, "inspection.compare", "id", submittedA, "other", submittedB));
    }

    @Test
    void recordsOfTwoEnterprisesAreNotCompared() {
        boundary.ok(A, "inspection.compare", "id", submittedA, "other", draftA);
        refused("REFUSED inspection.compare.otherEnterprise", Demo.DISTRICT, "inspection.compare",
                "id", submittedA, "other", submittedB);
    }

    @Test
    void aRecordCannotReferToAnotherEnterprisesMajorHazard() {
        boundary.ok(A, "inspection.save", "major", majorA);
        denied(B, "inspection.save", "major", majorA);
    }

    // Hazards and hazard photos

    @Test
    void anEnterpriseIsRefusedTheOfficersMajorHazardListAndCount() {
        boundary.ok(Demo.DISTRICT, "hazard.majorHazardsInScope");
        denied(A, "hazard.majorHazardsInScope");
        denied(A, "hazard.countMajorHazardsInScope");
    }

    @Test
    void aMajorHazardOfAnEnterpriseOutOfScopeIsRefused() {
        boundary.ok(A, "hazard.majorHazard", "id", majorA);
        boundary.ok(Demo.TOWN_HUTANG, "hazard.majorHazard", "id", majorA);
        assertAll(
                () -> denied(B, "hazard.majorHazard", "id", majorA),
                () -> denied(Demo.TOWN_NIUTANG, "hazard.majorHazard", "id", majorA),
                () -> denied(B, "hazard.majorHazards", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "hazard.majorHazards", "enterprise", A));
    }

    @Test
    void anOfficerCannotReportAMajorHazardOrUploadAHazardPhoto() {
        denied(Demo.DISTRICT, "hazard.reportMajor");
        denied(Demo.DISTRICT, "photo.upload");
    }

    @Test
    void aSavedHazardPhotoOfAnEnterpriseOutOfScopeIsRefused() {
        boundary.ok(A, "photo.open", "id", photoA);
        boundary.ok(Demo.TOWN_HUTANG, "photo.open", "id", photoA);
        denied(B, "photo.open", "id", photoA);
        denied(Demo.TOWN_NIUTANG, "photo.open", "id", photoA);
    }

    @Test
    void anUploadedPhotoIsOnlyItsEnterprisesAndItsKeyNamesNoOtherPath() {
        String idA = boundary.ok(A, "enterprise.find", "enterprise", A);
        boundary.ok(B, "photo.upload"); // B's own directory exists, so that "../" could lead out of it
        boundary.ok(A, "photo.openUploaded", "key", uploadedKeyA);
        denied(B, "photo.openUploaded", "key", uploadedKeyA);
        denied(B, "photo.openUploaded", "key", "../" + idA + "/" + uploadedKeyA);
        denied(Demo.DISTRICT, "photo.openUploaded", "key", uploadedKeyA);
    }

    // Accounts

    @Test
    void onlyTheAdministratorReadsTheLoginLog() {
        boundary.ok(Demo.ADMIN, "account.attempts");
        boundary.ok(Demo.ADMIN, "account.countAttempts");
        assertAll(
                () -> denied(Demo.DISTRICT, "account.attempts"),
                () -> denied(Demo.DISTRICT, "account.countAttempts"),
                () -> denied(A, "account.attempts"),
                () -> denied(A, "account.countAttempts"));
    }

    // StandardAdministration

    private static String[] publishedStandard() {
        String published = Arrays.stream(boundary.ok(Demo.ADMIN, "standard.list").split(","))
                .filter(s -> s.endsWith(":PUBLISHED")).findFirst().orElseThrow().split(":")[0];
        String[] ids = boundary.ok(Demo.ADMIN, "standard.editable", "id", published).split(" ");
        assertEquals("PUBLISHED", ids[3]);
        return new String[]{published, ids[0], ids[1], ids[2]};
    }

    @Test
    void onlyTheAdministratorAdministersStandardsWhateverThePageOrFilter() {
        String[] ids = publishedStandard();
        String standard = ids[0];
        String top = ids[1];
        String group = ids[2];
        String item = ids[3];
        boundary.ok(Demo.ADMIN, "standard.types");
        boundary.ok(Demo.ADMIN, "standard.exportXlsx", "id", standard);
        for (String officer : new String[]{Demo.DISTRICT, A}) {
            assertAll(officer,
                    () -> denied(officer, "standard.list"),
                    () -> denied(officer, "standard.types"),
                    () -> denied(officer, "standard.editable", "id", standard),
                    () -> denied(officer, "standard.copyToNewDraft", "id", standard),
                    () -> denied(officer, "standard.renameCategory", "id", top),
                    () -> denied(officer, "standard.addGroup", "id", top),
                    () -> denied(officer, "standard.deleteGroup", "id", group),
                    () -> denied(officer, "standard.addItem", "id", group),
                    () -> denied(officer, "standard.changeItem", "id", item),
                    () -> denied(officer, "standard.deleteItem", "id", item),
                    () -> denied(officer, "standard.publish", "id", standard),
                    () -> denied(officer, "standard.exportXlsx", "id", standard),
                    () -> denied(officer, "standard.importXlsx", "id", 1));
        }
    }

    @Test
    void aPublishedStandardIsNeverChanged() {
        String[] ids = publishedStandard();
        assertAll(
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.renameCategory", "id", ids[1]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.addGroup", "id", ids[1]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.deleteGroup", "id", ids[2]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.addItem", "id", ids[2]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.changeItem", "id", ids[3]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.deleteItem", "id", ids[3]),
                () -> refused(REFUSED_PUBLISHED, Demo.ADMIN, "standard.publish", "id", ids[0]));
        assertEquals("PUBLISHED", boundary.ok(Demo.ADMIN, "standard.editable", "id", ids[0]).split(" ")[3]);
    }

    // Rectifications: 整改 and 验收 of a general hazard

    @Test
    void aGeneralHazardIsRectifiedOnlyByItsEnterpriseAndOnlyAsItsLifeCycleAllows() {
        String record = boundary.ok(A, "inspection.save", "photo", true);
        String hazard = boundary.ok(A, "hazard.generalOfRecord", "id", record);
        String draftVersion = boundary.ok(A, "rectification.general", "id", hazard);
        refused("REFUSED hazard.rectify.draft", A, "rectification.step", "id", hazard, "version", draftVersion);
        long openBefore = Long.parseLong(boundary.ok(A, "rectification.countOpenHazards"));

        boundary.ok(A, "inspection.submit", "id", record);
        assertEquals(openBefore + 1, Long.parseLong(boundary.ok(A, "rectification.countOpenHazards")),
                "once its record is submitted the hazard is listed in 未整改隐患");
        String v1 = boundary.ok(A, "rectification.general", "id", hazard);
        String majorVersion = boundary.ok(A, "rectification.general", "id", majorA);
        boundary.ok(Demo.TOWN_HUTANG, "rectification.general", "id", hazard);
        assertAll(
                () -> denied(B, "rectification.general", "id", hazard),
                () -> denied(B, "rectification.step", "id", hazard, "version", v1),
                () -> denied(B, "rectification.accept", "id", hazard, "version", v1, "passed", true),
                () -> denied(Demo.TOWN_NIUTANG, "rectification.general", "id", hazard),
                () -> denied(Demo.TOWN_HUTANG, "rectification.step", "id", hazard, "version", v1),
                () -> denied(Demo.TOWN_HUTANG, "rectification.accept", "id", hazard, "version", v1, "passed", true),
                () -> denied(A, "rectification.general", "id", 987_654_321L),
                () -> refused("REFUSED hazard.transition.refused", A, "rectification.accept", "id", hazard,
                        "version", v1, "passed", true),
                () -> refused("REFUSED hazard.transition.refused", A, "rectification.step", "id", majorA,
                        "version", majorVersion));
        assertEquals("OPEN", boundary.ok(A, "rectification.status", "id", hazard), "nothing of the refusals was written");

        boundary.ok(A, "rectification.step", "id", hazard, "version", v1, "finished", true);
        assertEquals("AWAITING_ACCEPTANCE", boundary.ok(A, "rectification.status", "id", hazard));
        refused("REFUSED record.stale", A, "rectification.accept", "id", hazard, "version", v1, "passed", true);
        String v2 = boundary.ok(A, "rectification.general", "id", hazard);
        boundary.ok(A, "rectification.accept", "id", hazard, "version", v2);
        assertEquals("RECTIFYING", boundary.ok(A, "rectification.status", "id", hazard), "a failed acceptance sends it back");
        String v3 = boundary.ok(A, "rectification.general", "id", hazard);
        boundary.ok(A, "rectification.step", "id", hazard, "version", v3, "finished", true);
        String v4 = boundary.ok(A, "rectification.general", "id", hazard);
        boundary.ok(A, "rectification.accept", "id", hazard, "version", v4, "passed", true);
        assertEquals("CLOSED", boundary.ok(A, "rectification.status", "id", hazard));
        assertEquals(openBefore, Long.parseLong(boundary.ok(A, "rectification.countOpenHazards")), "a closed hazard leaves the list");
        String v5 = boundary.ok(A, "rectification.general", "id", hazard);
        refused("REFUSED hazard.transition.refused", A, "rectification.step", "id", hazard, "version", v5);
    }

    // 代报 and 复查: OfficerReports

    @Test
    void anOfficerReportsOnlyInScopeAndOnlyAnOfficersRecheckClosesWhatItFound() {
        long awaitingBefore = Long.parseLong(boundary.ok(Demo.TOWN_HUTANG, "officer.awaitingRecheck"));
        long remindersBefore = Long.parseLong(boundary.ok(A, "notice.unread"));
        long openBefore = Long.parseLong(boundary.ok(A, "rectification.countOpenHazards"));
        assertAll(
                () -> denied(A, "officer.report", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "officer.report", "enterprise", A),
                () -> denied(Demo.ADMIN, "officer.report", "enterprise", A),
                () -> denied(A, "officer.uploadPhoto", "enterprise", A),
                () -> denied(Demo.TOWN_NIUTANG, "officer.uploadPhoto", "enterprise", A),
                () -> refused("REFUSED hazard.deadline.past", Demo.TOWN_HUTANG, "officer.report", "enterprise", A, "days", -1),
                () -> refused("REFUSED inspection.item.unknown", Demo.TOWN_HUTANG, "officer.report", "enterprise", A,
                        "item", 987_654_321L),
                () -> denied(A, "officer.awaitingRecheck"));
        assertEquals(openBefore, Long.parseLong(boundary.ok(A, "rectification.countOpenHazards")), "no refusal wrote a hazard");
        boundary.ok(Demo.TOWN_HUTANG, "officer.uploadPhoto", "enterprise", A);

        String hazard = boundary.ok(Demo.TOWN_HUTANG, "officer.report", "enterprise", A);
        assertEquals("OFFICER", boundary.ok(A, "rectification.source", "id", hazard), "the enterprise sees it marked 代报");
        assertEquals(openBefore + 1, Long.parseLong(boundary.ok(A, "rectification.countOpenHazards")));
        assertEquals(remindersBefore + 1, Long.parseLong(boundary.ok(A, "notice.unread")), "the enterprise is reminded");
        denied(B, "rectification.general", "id", hazard);
        String v1 = version(hazard);
        refused("REFUSED hazard.transition.refused", Demo.TOWN_HUTANG, "officer.recheck", "id", hazard, "version", v1, "passed", true);
        boundary.ok(A, "rectification.step", "id", hazard, "version", v1, "finished", true);
        String v2 = version(hazard);
        assertEquals(awaitingBefore + 1, Long.parseLong(boundary.ok(Demo.TOWN_HUTANG, "officer.awaitingRecheck")));
        assertAll(
                () -> refused("REFUSED hazard.acceptance.officerOnly", A, "rectification.accept", "id", hazard,
                        "version", v2, "passed", true),
                () -> denied(A, "officer.recheck", "id", hazard, "version", v2, "passed", true),
                () -> denied(Demo.TOWN_NIUTANG, "officer.recheck", "id", hazard, "version", v2, "passed", true),
                () -> denied(Demo.ADMIN, "officer.recheck", "id", hazard, "version", v2, "passed", true),
                () -> denied(B, "rectification.accept", "id", hazard, "version", v2, "passed", true));
        assertEquals("AWAITING_ACCEPTANCE", boundary.ok(A, "rectification.status", "id", hazard), "nothing of the refusals was written");

        boundary.ok(Demo.TOWN_HUTANG, "officer.recheck", "id", hazard, "version", v2);
        assertEquals("RECTIFYING", boundary.ok(A, "rectification.status", "id", hazard), "a failed 复查 sends it back");
        boundary.ok(A, "rectification.step", "id", hazard, "version", version(hazard), "finished", true);
        boundary.ok(Demo.DISTRICT, "officer.recheck", "id", hazard, "version", version(hazard), "passed", true);
        assertEquals("CLOSED", boundary.ok(A, "rectification.status", "id", hazard));
        assertEquals(remindersBefore + 3, Long.parseLong(boundary.ok(A, "notice.unread")), "each 复查 is told too");
        assertEquals("RECTIFICATION:OPEN>AWAITING_ACCEPTANCE:ENTERPRISE,RECHECK_FAILED:AWAITING_ACCEPTANCE>RECTIFYING:TOWN,"
                        + "RECTIFICATION:RECTIFYING>AWAITING_ACCEPTANCE:ENTERPRISE,RECHECK_PASSED:AWAITING_ACCEPTANCE>CLOSED:DISTRICT",
                boundary.ok(A, "major.trail", "id", hazard));

        // A hazard the enterprise found itself is its own to accept; a major 代报 has no report to send back.
        String record = boundary.ok(A, "inspection.save", "photo", true);
        String selfFound = boundary.ok(A, "hazard.generalOfRecord", "id", record);
        boundary.ok(A, "inspection.submit", "id", record);
        boundary.ok(A, "rectification.step", "id", selfFound, "version", version(selfFound), "finished", true);
        refused("REFUSED hazard.recheck.selfFound", Demo.TOWN_HUTANG, "officer.recheck", "id", selfFound,
                "version", version(selfFound), "passed", true);
        String major = boundary.ok(Demo.INDUSTRY_YJGL, "officer.report", "enterprise", A, "major", true);
        refused("REFUSED hazard.return.officerReported", Demo.TOWN_HUTANG, "major.return", "id", major,
                "version", version(major), "text", "补充");
        assertEquals("REPORTED", boundary.ok(A, "rectification.status", "id", major));
    }

    // The major hazard from its report to 销号: MajorHazardWorkflow, Rectifications, the trail, the reminders

    private static String version(String hazard) {
        return boundary.ok(A, "rectification.general", "id", hazard);
    }

    @Test
    void aSubmissionIsAuditedAsTheEnterprisesAndARefusedOneIsNot() {
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "INSPECTION_SUBMITTED", "user", B)
                .startsWith(B + "|ENTERPRISE|127.0.0.1|" + B + "|"), "上报 by the enterprise, with its period");
        String before = boundary.ok(Demo.ADMIN, "audit.count", "action", "INSPECTION_SUBMITTED", "user", A);
        assertEquals(DENIED, boundary.call(B, "inspection.submit", "id", draftA));
        assertEquals(before, boundary.ok(Demo.ADMIN, "audit.count", "action", "INSPECTION_SUBMITTED", "user", A));
    }

    private static String supervise(String as, String hazard, String version, String level, LocalDate deadline, String number) {
        return boundary.call(as, "major.supervise", "id", hazard, "version", version, "level", level,
                "deadline", deadline, "number", number);
    }

    @Test
    void aMajorHazardIsDecidedOnlyByOfficersInScopeAndMovesOnlyAsItsLifeCycleAllows() throws Exception {
        String major = boundary.ok(A, "hazard.reportMajor");
        String other = boundary.ok(A, "hazard.reportMajor");
        LocalDate deadline = LocalDate.now().plusDays(20);
        String number = "武安督〔2026〕IT" + System.nanoTime() + "号";
        long remindersBefore = Long.parseLong(boundary.ok(A, "notice.unread"));
        String v0 = version(major);
        assertAll(
                () -> assertEquals(DENIED, supervise(Demo.TOWN_NIUTANG, major, v0, "TOWN", deadline, number), "out of scope"),
                () -> assertEquals(DENIED, supervise(Demo.ADMIN, major, v0, "DISTRICT", deadline, number), "the administrator only reads"),
                () -> assertEquals(DENIED, supervise(A, major, v0, "DISTRICT", deadline, number), "an enterprise never decides"),
                () -> assertEquals("REFUSED supervision.level.town", supervise(Demo.TOWN_HUTANG, major, v0, "DISTRICT", deadline, number)),
                () -> assertEquals("REFUSED supervision.deadline.past",
                        supervise(Demo.DISTRICT, major, v0, "DISTRICT", LocalDate.now().minusDays(1), number)),
                () -> denied(B, "major.supplement", "id", major, "version", v0, "text", "他人补充"),
                () -> refused("REFUSED hazard.transition.refused", A, "major.supplement", "id", major, "version", v0,
                        "text", "改写已上报的报告"),
                () -> refused("REFUSED hazard.rectify.major", A, "rectification.accept", "id", major, "version", v0, "passed", true),
                () -> denied(A, "major.decideAcceptance", "id", major, "version", v0, "passed", true, "text", "自行销号"),
                () -> refused("REFUSED hazard.transition.refused", Demo.DISTRICT, "major.decideAcceptance", "id", major,
                        "version", v0, "passed", true, "text", "未申请"),
                () -> refused("REFUSED hazard.extension.none", Demo.DISTRICT, "major.decideExtension", "id", major,
                        "version", v0, "granted", true),
                () -> denied(A, "major.notice", "id", major));
        assertEquals("", boundary.ok(A, "major.trail", "id", major), "no refusal wrote a trail row");
        assertEquals(v0, version(major), "nor changed the hazard");

        // 退回补充, then two officers deciding at the version they loaded: the second is told, nothing half-written
        boundary.ok(Demo.TOWN_HUTANG, "major.return", "id", major, "version", v0, "text", "缺少现场照片说明");
        assertTrue(boundary.ok(Demo.DISTRICT, "audit.newest", "action", "MAJOR_HAZARD_DECISION", "user", Demo.TOWN_HUTANG,
                "target", A).startsWith(Demo.TOWN_HUTANG + "|TOWN|127.0.0.1|" + A), "the decision is audited in its transaction");
        assertEquals("REFUSED record.stale", supervise(Demo.DISTRICT, major, v0, "DISTRICT", deadline, number));
        String v1 = version(major);
        boundary.ok(A, "major.supplement", "id", major, "version", v1, "text", "现场照片说明：东侧储罐区");
        String v2 = version(major);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<String> supervising = pool.submit(() -> {
                start.await();
                return supervise(Demo.DISTRICT, major, v2, "DISTRICT", deadline, number);
            });
            Future<String> returning = pool.submit(() -> {
                start.await();
                return boundary.call(Demo.TOWN_HUTANG, "major.return", "id", major, "version", v2, "text", "再次退回");
            });
            start.countDown();
            List<String> outcomes = List.of(supervising.get(60, TimeUnit.SECONDS), returning.get(60, TimeUnit.SECONDS));
            assertEquals(1, outcomes.stream().filter(o -> o.equals("OK")).count(), "one decision wins: " + outcomes);
            assertEquals(1, outcomes.stream().filter(o -> o.equals("REFUSED record.stale")).count(), "the other is told: " + outcomes);
            if (!outcomes.get(0).equals("OK")) {
                // The return won: the enterprise adds again, then the district supervises.
                boundary.ok(A, "major.supplement", "id", major, "version", version(major), "text", "补充二");
                assertEquals("OK", supervise(Demo.DISTRICT, major, version(major), "DISTRICT", deadline, number));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("SUPERVISED", boundary.ok(A, "rectification.status", "id", major));
        assertEquals(number, boundary.ok(A, "major.notice", "id", major), "the enterprise reads its 督办通知书");
        denied(B, "major.notice", "id", major);
        assertEquals("REFUSED supervision.documentNumber.taken",
                supervise(Demo.DISTRICT, other, version(other), "DISTRICT", deadline, number), "a document number is unique");

        // 第十五条, 延期 (only later than the deadline, one at a time), decided in scope
        boundary.ok(A, "major.measures", "id", major, "version", version(major));
        refused("REFUSED hazard.extension.notLater", A, "major.requestExtension", "id", major, "version", version(major),
                "until", deadline);
        boundary.ok(A, "major.requestExtension", "id", major, "version", version(major), "until", deadline.plusDays(10));
        refused("REFUSED hazard.extension.pending", A, "major.requestExtension", "id", major, "version", version(major),
                "until", deadline.plusDays(20));
        denied(Demo.TOWN_NIUTANG, "major.decideExtension", "id", major, "version", version(major), "granted", true);
        boundary.ok(Demo.TOWN_HUTANG, "major.decideExtension", "id", major, "version", version(major), "granted", true);
        assertEquals(deadline.plusDays(10).toString(), boundary.ok(A, "major.deadline", "id", major));

        // 治理 → 申请验收 (not before a finished step) → 不通过 → 申请验收 → 通过: 已销号
        refused("REFUSED hazard.acceptance.unfinished", A, "major.requestAcceptance", "id", major, "version", version(major),
                "text", "尚未完成");
        boundary.ok(A, "rectification.step", "id", major, "version", version(major), "finished", true);
        assertEquals("RECTIFYING", boundary.ok(A, "rectification.status", "id", major));
        boundary.ok(A, "major.requestAcceptance", "id", major, "version", version(major), "text", "治理完成，自评合格");
        refused("REFUSED hazard.reason.required", Demo.DISTRICT, "major.decideAcceptance", "id", major,
                "version", version(major));
        boundary.ok(Demo.DISTRICT, "major.decideAcceptance", "id", major, "version", version(major), "text", "警戒区未恢复");
        assertEquals("RECTIFYING", boundary.ok(A, "rectification.status", "id", major), "a failed acceptance goes back to 治理中");
        refused("REFUSED hazard.acceptance.unfinished", A, "major.requestAcceptance", "id", major, "version", version(major),
                "text", "同一份治理");
        boundary.ok(A, "rectification.step", "id", major, "version", version(major), "finished", true);
        boundary.ok(A, "major.requestAcceptance", "id", major, "version", version(major), "text", "警戒区已恢复");
        boundary.ok(Demo.DISTRICT, "major.decideAcceptance", "id", major, "version", version(major), "passed", true, "text", "同意销号");
        assertEquals("CLOSED", boundary.ok(A, "rectification.status", "id", major));
        refused("REFUSED hazard.transition.refused", A, "major.measures", "id", major, "version", version(major));

        String trail = boundary.ok(A, "major.trail", "id", major);
        String expected = String.join(",",
                "RETURNED:REPORTED>RETURNED:TOWN",
                "SUPPLEMENTED:RETURNED>REPORTED:ENTERPRISE",
                "SUPERVISED:REPORTED>SUPERVISED:DISTRICT",
                "MEASURES_CONFIRMED:SUPERVISED>SUPERVISED:ENTERPRISE",
                "EXTENSION_REQUESTED:SUPERVISED>SUPERVISED:ENTERPRISE",
                "EXTENSION_GRANTED:SUPERVISED>SUPERVISED:TOWN",
                "RECTIFICATION:SUPERVISED>RECTIFYING:ENTERPRISE",
                "ACCEPTANCE_REQUESTED:RECTIFYING>ACCEPTANCE_REQUESTED:ENTERPRISE",
                "ACCEPTANCE_FAILED:ACCEPTANCE_REQUESTED>RECTIFYING:DISTRICT",
                "RECTIFICATION:RECTIFYING>RECTIFYING:ENTERPRISE",
                "ACCEPTANCE_REQUESTED:RECTIFYING>ACCEPTANCE_REQUESTED:ENTERPRISE",
                "ACCEPTANCE_PASSED:ACCEPTANCE_REQUESTED>CLOSED:DISTRICT");
        if (trail.startsWith("RETURNED:REPORTED>RETURNED:TOWN,SUPPLEMENTED:RETURNED>REPORTED:ENTERPRISE,RETURNED:")) {
            // The concurrent return won: its round of return and addition comes before the supervision.
            expected = expected.replace("SUPERVISED:REPORTED", "RETURNED:REPORTED>RETURNED:TOWN,"
                    + "SUPPLEMENTED:RETURNED>REPORTED:ENTERPRISE,SUPERVISED:REPORTED");
        }
        assertEquals(expected, trail, "every step wrote its trail row, in order, with the role of whoever took it");
        long decisions = Arrays.stream(expected.split(",")).filter(row -> !row.endsWith(":ENTERPRISE")).count();
        assertEquals(remindersBefore + decisions, Long.parseLong(boundary.ok(A, "notice.unread")),
                "every officer decision told the enterprise with a 系统提醒");
    }

    @Test
    void anExtensionIsRefusedOnceTheDeadlineHasPassed() throws Exception {
        String major = boundary.ok(A, "hazard.reportMajor");
        LocalDate deadline = LocalDate.now().plusDays(2);
        assertEquals("OK", supervise(Demo.DISTRICT, major, version(major), "DISTRICT", deadline,
                "武安督〔2026〕IT" + System.nanoTime() + "号"));
        String otherTown = boundary.ok(Demo.TOWN_NIUTANG, "major.overdue");
        long overdueBefore = Long.parseLong(boundary.ok(Demo.TOWN_HUTANG, "major.overdue").split("/")[0]);
        JsfClient support = new JsfClient(IsolatedServer.baseUrl());
        try {
            LocalDateTime later = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(5);
            assertEquals(204, support.post("/test-support/clock?now=" + later.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    .statusCode());
            refused("REFUSED hazard.extension.afterDeadline", A, "major.requestExtension", "id", major,
                    "version", version(major), "until", deadline.plusDays(30));
            assertEquals(overdueBefore + 1, Long.parseLong(boundary.ok(Demo.TOWN_HUTANG, "major.overdue").split("/")[0]),
                    "the officer's home page flags it overdue");
            assertEquals(otherTown, boundary.ok(Demo.TOWN_NIUTANG, "major.overdue"), "another town's flags do not count A's");
            denied(A, "major.overdue");
        } finally {
            support.post("/test-support/clock?now="
                    + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        assertEquals("SUPERVISED:REPORTED>SUPERVISED:DISTRICT", boundary.ok(A, "major.trail", "id", major),
                "the refused request wrote nothing");
    }

    // 公告通知 and 系统提醒: NoticePublishing and Inbox

    @Test
    void aNoticeIsWrittenByOfficersForTheirScopeOnlyAndReachesOnlyItsRecipients() {
        long inboxA = Long.parseLong(boundary.ok(A, "notice.inbox"));
        long inboxB = Long.parseLong(boundary.ok(B, "notice.inbox"));
        String upload = boundary.ok(Demo.TOWN_HUTANG, "notice.upload");
        assertAll(
                () -> denied(A, "notice.save"),
                () -> denied(A, "notice.upload"),
                () -> denied(Demo.TOWN_HUTANG, "notice.save", "audience", "TOWN", "audienceTown", "NIUTANG"),
                () -> denied(Demo.TOWN_HUTANG, "notice.save", "audience", "PICKED", "picked", A + "," + B),
                () -> denied(Demo.TOWN_NIUTANG, "notice.save", "attachment", upload),
                () -> refused("REFUSED attachment.type", Demo.TOWN_HUTANG, "notice.upload", "html", true),
                () -> refused("INVALID title", Demo.TOWN_HUTANG, "notice.save", "title", "长".repeat(201)),
                () -> refused("INVALID body", Demo.TOWN_HUTANG, "notice.save", "body", "<script>alert(1)</script><p><br></p>"),
                () -> refused("REFUSED notice.audience.empty", Demo.INDUSTRY_YJGL, "notice.save", "audience", "TOWN",
                        "audienceTown", "HENGLIN", "title", "无接收单位"));
        assertEquals(inboxA, Long.parseLong(boundary.ok(A, "notice.inbox")), "no refusal published anything");

        String id = boundary.ok(Demo.TOWN_HUTANG, "notice.save", "audience", "TOWN", "audienceTown", "HUTANG", "attachment", upload);
        assertEquals(inboxA + 1, Long.parseLong(boundary.ok(A, "notice.inbox")), "湖塘's enterprise receives it");
        assertEquals(inboxB, Long.parseLong(boundary.ok(B, "notice.inbox")), "牛塘's does not");
        String recipients = boundary.ok(Demo.TOWN_HUTANG, "notice.summary", "id", id).split("/")[1];
        assertAll(
                () -> denied(B, "notice.open", "id", id),
                () -> denied(B, "notice.attachment", "id", upload),
                () -> denied(A, "notice.summary", "id", id),
                () -> denied(A, "notice.remind", "id", id),
                () -> denied(Demo.TOWN_NIUTANG, "notice.summary", "id", id),
                () -> denied(Demo.TOWN_NIUTANG, "notice.unreadList", "id", id),
                () -> denied(Demo.TOWN_NIUTANG, "notice.remind", "id", id),
                () -> denied(Demo.TOWN_NIUTANG, "notice.attachment", "id", upload),
                () -> denied(Demo.INDUSTRY_YJGL, "notice.summary", "id", id),
                () -> denied(Demo.TOWN_HUTANG, "notice.open", "id", id));
        assertEquals("边界测试公告", boundary.ok(A, "notice.open", "id", id));
        assertEquals("1/" + recipients, boundary.ok(Demo.DISTRICT, "notice.summary", "id", id), "read once, by A");
        assertTrue(boundary.ok(Demo.TOWN_HUTANG, "notice.attachment", "id", upload).endsWith(".pdf"), "its officer downloads it");

        int unread = Integer.parseInt(recipients) - 1;
        assertEquals(String.valueOf(unread), boundary.ok(Demo.TOWN_HUTANG, "notice.remind", "id", id));
        assertEquals("0", boundary.ok(Demo.DISTRICT, "notice.remind", "id", id), "once per enterprise and day, whoever clicks");
        String reminder = boundary.ok(A, "reminder.newest");
        denied(B, "reminder.open", "id", reminder);
        denied(Demo.TOWN_HUTANG, "reminder.open", "id", reminder);
        boundary.ok(A, "reminder.open", "id", reminder);
    }

    @Test
    void aScheduledNoticeReachesItsRecipientsOnlyOnceItsTimeHasCome() {
        JsfClient support = new JsfClient(IsolatedServer.baseUrl());
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        long inbox = Long.parseLong(boundary.ok(A, "notice.inbox"));
        String id = boundary.ok(Demo.TOWN_HUTANG, "notice.save", "audience", "PICKED", "picked", A, "publishAt", now.plusHours(2));
        try {
            support.post("/test-support/notices?publishDue=true");
            assertEquals(inbox, Long.parseLong(boundary.ok(A, "notice.inbox")), "not before its time");
            assertEquals("0/0", boundary.ok(Demo.TOWN_HUTANG, "notice.summary", "id", id), "no recipients yet");
            assertEquals(204, support.post("/test-support/clock?now=" + now.plusHours(3).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    .statusCode());
            assertTrue(Integer.parseInt(support.post("/test-support/notices?publishDue=true").body().strip()) >= 1);
            assertEquals("0", support.post("/test-support/notices?publishDue=true").body().strip(), "published once");
            assertEquals(inbox + 1, Long.parseLong(boundary.ok(A, "notice.inbox")), "its time has come");
            assertEquals("0/1", boundary.ok(Demo.TOWN_HUTANG, "notice.summary", "id", id));
        } finally {
            support.post("/test-support/clock?now="
                    + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
    }

    // 新闻动态, 政策法规, 在线帮助...: Articles

    @Test
    void articlesAreKeptOnlyByTheAdministratorAndTheDistrictAndReadByEveryone() {
        assertAll(
                () -> denied(A, "article.save"),
                () -> denied(Demo.TOWN_HUTANG, "article.save"),
                () -> denied(Demo.INDUSTRY_YJGL, "article.save"),
                () -> refused("INVALID title", Demo.DISTRICT, "article.save", "title", "长".repeat(201)),
                () -> refused("INVALID body", Demo.DISTRICT, "article.save", "body", "<script>alert(1)</script>"));
        String id = boundary.ok(Demo.DISTRICT, "article.save", "title", "区安委办新闻");
        assertEquals("区安委办新闻", boundary.ok(A, "article.open", "id", id), "every enterprise reads it");
        assertEquals("区安委办新闻", boundary.ok(Demo.TOWN_NIUTANG, "article.open", "id", id), "every officer too");
        assertAll(
                () -> denied(A, "article.save", "id", id, "version", 1, "title", "改写"),
                () -> denied(Demo.TOWN_HUTANG, "article.save", "id", id, "version", 1, "title", "改写"),
                () -> denied(A, "article.delete", "id", id),
                () -> denied(Demo.TOWN_HUTANG, "article.delete", "id", id));
        refused("REFUSED record.stale", Demo.ADMIN, "article.save", "id", id, "version", 0, "title", "过期的页面");
        boundary.ok(Demo.ADMIN, "article.save", "id", id, "version", 1, "title", "区安委办新闻（修订）");
        assertEquals("区安委办新闻（修订）", boundary.ok(A, "article.open", "id", id));
        boundary.ok(Demo.DISTRICT, "article.delete", "id", id);
        denied(A, "article.open", "id", id);
    }
}
