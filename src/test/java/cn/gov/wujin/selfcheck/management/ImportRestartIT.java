package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 继续导入 after the server was killed ({@code kill -9}) in the middle of an import, on a server of
 * the test's own: the restarted server shows the import 已中断, continuing it resumes after the last
 * committed chunk, and every valid row is there exactly once (each enterprise, each rejected row).
 */
class ImportRestartIT {

    private static final int ROWS = 4000;
    private static final int EVERY_BAD = 200;

    private PayaraServer.Instance server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKilledImportContinuesFromItsLastCommittedChunkAndWritesEveryRowOnce() throws IOException, InterruptedException {
        List<String> properties = List.of("selfcheck.import.stale-seconds=3", "selfcheck.import.chunk-size=50");
        server = PayaraServer.launch("import-kill", properties);
        Path data = server.dataDir();
        Boundary boundary = new Boundary(server.baseUrl());
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        List<List<String>> rows = new ArrayList<>();
        int bad = 0;
        for (int i = 1; i <= ROWS; i++) {
            String code = ImportFiles.creditCode();
            if (i % EVERY_BAD == 0) {
                code = ImportFiles.withWrongCheck(code);
                bad++;
            }
            rows.add(ImportFiles.row("重启测试" + run + "第" + i + "号公司", code, "湖塘镇", "机械"));
        }
        String id = boundary.ok(Demo.DISTRICT, "import.upload", "content",
                Base64.getEncoder().encodeToString(ImportFiles.csv(rows, StandardCharsets.UTF_8))).strip();
        String running = await(boundary, id, view -> view.startsWith("RUNNING") && done(view) >= 300);

        // kill -9 in the middle of the job.
        server.process().destroyForcibly();
        assertTrue(server.process().waitFor(60, TimeUnit.SECONDS));
        assertTrue(done(running) < ROWS, "killed before the end: " + running);

        server = PayaraServer.launch("import-kill-restarted", properties, data);
        boundary = new Boundary(server.baseUrl());
        String interrupted = await(boundary, id, view -> view.startsWith("INTERRUPTED"));
        int committed = done(interrupted);
        assertTrue(committed >= done(running) && committed < ROWS, "resumes after the committed rows: " + interrupted);
        String log = Files.readString(server.log());
        assertTrue(log.contains("Enterprise imports interrupted by a server stop"), "the start-up looked for interrupted imports");

        boundary.ok(Demo.DISTRICT, "import.continue", "id", id);
        assertEquals("REFUSED import.continue.notInterrupted", boundary.call(Demo.DISTRICT, "import.continue", "id", id),
                "a second click continues nothing");
        assertTrue(boundary.ok(Demo.ADMIN, "audit.newest", "action", "IMPORT_CONTINUED", "user", Demo.DISTRICT)
                .startsWith("district|DISTRICT|127.0.0.1|"), "继续导入 is audited");
        String finished = await(boundary, id, view -> view.startsWith("COMPLETED") || view.startsWith("FAILED"));
        assertTrue(finished.startsWith("COMPLETED created=" + (ROWS - bad) + " updated=0 rejected=" + bad), finished);
        assertEquals(String.valueOf(ROWS - bad), boundary.ok(Demo.DISTRICT, "registry.count", "keyword", "重启测试" + run),
                "every valid row exactly once");
        assertEquals(bad, boundary.ok(Demo.DISTRICT, "import.rejects", "id", id).split("\\|").length, "every rejected row once");
        assertTrue(Files.readString(server.log()).contains("Import " + id + ": execution"),
                "Payara could not restart the dead execution; the import continued in a new one");
    }

    private static int done(String view) {
        String part = view.substring(view.indexOf("done=") + 5);
        return Integer.parseInt(part.substring(0, part.indexOf(' ')));
    }

    private static String await(Boundary boundary, String id, Predicate<String> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        String view = boundary.ok(Demo.DISTRICT, "import.view", "id", id);
        while (!condition.test(view)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached: " + view);
            }
            Thread.sleep(100); // polling the job's state, which gives no other signal
            view = boundary.ok(Demo.DISTRICT, "import.view", "id", id);
        }
        return view;
    }
}
