package cn.gov.wujin.selfcheck.notice;

import cn.gov.wujin.selfcheck.management.ImportFiles;
import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each reminder kind a daily task writes, with the server's clock set: produced on its day for its cause,
 * once, also when the task runs again or twice at the same moment (the unique key per enterprise and
 * cause decides), and again only for a new cause (a new week, a new deadline).
 */
@ExtendWith(PayaraServer.class)
class ReminderIT {

    /** Used by no other test for reminders: its reminders are this test's to count. */
    private static final String ENTERPRISE = Demo.HUTANG_HARDWARE;

    private final JsfClient support = new JsfClient(PayaraServer.baseUrl());
    private final Boundary boundary = new Boundary(PayaraServer.baseUrl());

    private void setClock(LocalDateTime now) {
        assertEquals(204, support.post("/test-support/clock?now=" + now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).statusCode());
    }

    private int run(String task) {
        HttpResponse<String> response = support.post("/test-support/daily?task=" + task);
        assertEquals(200, response.statusCode(), response.body());
        return Integer.parseInt(response.body().strip());
    }

    /** Two runs of the task at the same moment, as two servers' timers would. */
    private void runTwiceAtOnce(String task) {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> run(task));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> run(task));
        one.join();
        two.join();
    }

    /** The enterprise's reminders of one kind, by cause key. */
    private List<String> causes(String kind) {
        return causes(ENTERPRISE, kind);
    }

    private List<String> causes(String enterprise, String kind) {
        HttpResponse<String> response = support.post("/test-support/notices", Map.of("enterprise", enterprise, "listReminders", "true"));
        assertEquals(200, response.statusCode());
        return response.body().lines().filter(line -> line.startsWith(kind + " ")).map(line -> line.substring(kind.length() + 1)).toList();
    }

    @AfterEach
    void realTimeAgain() {
        setClock(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void notInspectedFromTheTwentiethOncePerMonth() {
        setClock(LocalDateTime.of(2031, 3, 19, 8, 0));
        run("not-inspected");
        assertEquals(List.of(), causes("NOT_INSPECTED"), "not before the 20th");

        setClock(LocalDateTime.of(2031, 3, 20, 7, 0));
        assertTrue(run("not-inspected") >= 1, "every enterprise without a record of March is reminded");
        assertEquals(List.of("NOT_INSPECTED:2031-03"), causes("NOT_INSPECTED"));
        assertEquals(0, run("not-inspected"), "a second run writes nothing");
        setClock(LocalDateTime.of(2031, 3, 23, 7, 0));
        runTwiceAtOnce("not-inspected");
        assertEquals(List.of("NOT_INSPECTED:2031-03"), causes("NOT_INSPECTED"), "still one after a late and a double run");

        setClock(LocalDateTime.of(2031, 4, 20, 7, 0));
        run("not-inspected");
        assertEquals(List.of("NOT_INSPECTED:2031-03", "NOT_INSPECTED:2031-04"), causes("NOT_INSPECTED"), "one per month");
    }

    @Test
    void deadlineNearThreeDaysBeforeThenOverdueTheDayAfterAndWeekly() {
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        String hazard = boundary.ok(Demo.TOWN_HUTANG, "officer.report", "enterprise", ENTERPRISE, "deadline", deadline);

        setClock(deadline.minusDays(4).atTime(7, 0));
        run("hazard-deadlines");
        assertEquals(List.of(), causes("DEADLINE_NEAR"), "four days before: not yet");
        setClock(deadline.minusDays(3).atTime(7, 0));
        run("hazard-deadlines");
        runTwiceAtOnce("hazard-deadlines");
        setClock(deadline.atTime(7, 0));
        run("hazard-deadlines");
        assertEquals(List.of("DEADLINE_NEAR:" + hazard + ":" + deadline), causes("DEADLINE_NEAR"), "once per deadline");
        assertEquals(List.of(), causes("OVERDUE"), "not overdue on the deadline itself");

        setClock(deadline.plusDays(1).atTime(7, 0));
        run("hazard-deadlines");
        setClock(deadline.plusDays(7).atTime(7, 0));
        run("hazard-deadlines");
        String overdue = "OVERDUE:" + hazard + ":" + deadline + ":";
        assertEquals(List.of(overdue + 0), causes("OVERDUE"), "the day after, then nothing for a week");
        setClock(deadline.plusDays(8).atTime(7, 0));
        runTwiceAtOnce("hazard-deadlines");
        assertEquals(List.of(overdue + 0, overdue + 1), causes("OVERDUE"), "weekly while it stays open, once");
    }

    @Test
    void certificatesExpiringAndExpiredOnceAndAnIncompleteProfileWeekly() {
        LocalDate until = LocalDate.of(2032, 6, 30);
        String staff = boundary.ok(ENTERPRISE, "staff.add", "enterprise", ENTERPRISE, "name", "证书测试员", "certificateUntil", until);

        setClock(until.minusDays(31).atTime(7, 0));
        run("enterprise-data");
        assertEquals(List.of(), causes("CERTIFICATE_EXPIRING"), "31 days before: not yet");
        setClock(until.minusDays(30).atTime(7, 0));
        runTwiceAtOnce("enterprise-data");
        setClock(until.atTime(7, 0));
        run("enterprise-data");
        assertEquals(List.of("CERTIFICATE_EXPIRING:" + staff + ":" + until), causes("CERTIFICATE_EXPIRING"));
        assertEquals(List.of(), causes("CERTIFICATE_EXPIRED"), "valid through its last day");
        setClock(until.plusDays(1).atTime(7, 0));
        run("enterprise-data");
        setClock(until.plusDays(20).atTime(7, 0));
        run("enterprise-data");
        assertEquals(List.of("CERTIFICATE_EXPIRED:" + staff + ":" + until), causes("CERTIFICATE_EXPIRED"), "expired: once");

        // The demo enterprise's profile is not complete: one reminder per ISO week of those runs (and of today's
        // start-up catch-up, which is not this test's).
        List<String> weeks = List.of(until.minusDays(31), until.minusDays(30), until, until.plusDays(1), until.plusDays(20)).stream()
                .map(d -> "PROFILE_INCOMPLETE:" + d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .distinct().toList();
        assertEquals(weeks, causes("PROFILE_INCOMPLETE").stream().filter(cause -> cause.contains(":2032-")).toList());
    }

    @Test
    void aDisabledEnterpriseGetsNoReminders() {
        String tag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String inUse = "提醒测试" + tag + "在用公司";
        String disabled = "提醒测试" + tag + "停用公司";
        LocalDate until = LocalDate.of(2033, 3, 31);
        String[] staff = new String[2];
        int i = 0;
        for (String name : List.of(inUse, disabled)) {
            boundary.ok(Demo.DISTRICT, "registry.create", "name", name, "code", ImportFiles.creditCode(), "town", "HUTANG");
            staff[i++] = boundary.ok(Demo.DISTRICT, "staff.add", "enterprise", name, "name", "证书测试员", "certificateUntil", until);
        }
        boundary.ok(Demo.DISTRICT, "registry.setActive", "enterprise", disabled, "active", "false");

        setClock(until.minusDays(10).atTime(7, 0));
        run("enterprise-data");
        assertEquals(List.of("CERTIFICATE_EXPIRING:" + staff[0] + ":" + until), causes(inUse, "CERTIFICATE_EXPIRING"));
        assertEquals(List.of(), causes(disabled, "CERTIFICATE_EXPIRING"), "停用: no reminder");
    }
}
