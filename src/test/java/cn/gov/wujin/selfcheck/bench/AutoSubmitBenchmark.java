package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;

import java.net.http.HttpClient;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Benchmark (not a test): the monthly automatic submission at district scale. Makes N enterprises
 * each holding a January draft ({@code POST /test-support/drafts}, bulk JDBC, see {@code DraftGenerator}),
 * sets the server's clock to 25 January 02:00 and starts two automatic submissions 200 ms apart
 * (an overlapping run, as a second cluster member or a timer and a restart would start it), while
 * a logged-in enterprise keeps loading its 自查自改 page (which reads the same table). Prints the
 * generation time, the wall time until both runs are done, what each run submitted, and the page's
 * latencies during the run; then checks that every generated draft was submitted exactly once
 * (automatically, version raised once), that the two runs together submitted each once, and that
 * every page load answered 200 in time. Target: under 60 s for 30,000 drafts.
 * <p>
 * Rerunnable: {@code mvn -Pbench package exec:java -DskipTests -Dbench.main=cn.gov.wujin.selfcheck.bench.AutoSubmitBenchmark}
 * starts its own server (Payara Micro with the built WAR, a new embedded Derby database under
 * target/bench-autosubmit, test support on) and stops it at the end; {@code -Dbench.url=http://…}
 * uses a running server instead, which must have test support and the demo data. Each run uses
 * drafts of its own (a tag in the enterprise names). {@code -Dbench.drafts=30000} (default).
 */
public final class AutoSubmitBenchmark {

    private static final String PROBE_PAGE = "/enterprise/inspections.xhtml";
    /** A page that took longer than this during the run counts as not answering. */
    private static final long PROBE_LIMIT_MS = 5_000;

    public static void main(String[] args) throws Exception {
        int drafts = Integer.getInteger("bench.drafts", 30_000);
        PayaraServer.Instance server = OwnServer.launchUnlessGiven("autosubmit", "target/bench-autosubmit");
        String url = server == null ? System.getProperty("bench.url") : server.baseUrl();
        try {
            boolean ok = run(url, drafts);
            System.out.println(ok ? "RESULT: ok" : "*** RESULT: FAILED (see above) ***");
        } finally {
            if (server != null) {
                System.out.println("Server log: " + server.log());
                server.close();
            }
        }
    }

    private static boolean run(String url, int drafts) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tag = "B" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        System.out.printf("Automatic submission benchmark against %s: %d drafts (tag %s), %d cores, load average %.1f%n",
                url, drafts, tag, Runtime.getRuntime().availableProcessors(), OwnServer.loadAverage());

        OwnServer.post(http, url, "/test-support/clock?now=2027-01-20T10:00");
        long generating = System.nanoTime();
        String made = OwnServer.post(http, url, "/test-support/drafts?tag=" + tag + "&count=" + drafts + "&period=2027-01");
        System.out.printf(Locale.ROOT, "generated %s enterprises with a draft in %.1f s%n", made, OwnServer.seconds(generating));

        JsfClient enterprise = new JsfClient(url, HttpClient.Version.HTTP_1_1);
        enterprise.loginEnterprise(Demo.HUTANG_MACHINERY, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        if (enterprise.get(PROBE_PAGE).statusCode() != 200) {
            throw new IllegalStateException("the probing enterprise cannot open " + PROBE_PAGE);
        }

        OwnServer.post(http, url, "/test-support/clock?now=2027-01-25T02:00");
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<Long> probes = new ConcurrentLinkedQueue<>();
        Queue<String> probeFailures = new ConcurrentLinkedQueue<>();
        Thread prober = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    int status = enterprise.get(PROBE_PAGE).statusCode();
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    probes.add(ms);
                    if (status != 200 || ms > PROBE_LIMIT_MS) {
                        probeFailures.add("HTTP " + status + " after " + ms + " ms");
                    }
                } catch (RuntimeException e) {
                    probeFailures.add(e.toString());
                }
            }
        }, "prober");
        prober.setDaemon(true);

        long start = System.nanoTime();
        prober.start();
        CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> autoSubmit(http, url, start));
        Thread.sleep(200); // the second run starts while the first is at work
        CompletableFuture<Run> second = CompletableFuture.supplyAsync(() -> autoSubmit(http, url, start));
        Run a;
        Run b;
        try {
            a = first.get();
            b = second.get();
        } finally {
            running.set(false);
        }
        double wall = OwnServer.seconds(start);
        prober.join();

        String state = OwnServer.post(http, url, "/test-support/drafts?tag=" + tag);
        OwnServer.post(http, url, "/test-support/clock?now=" + java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));

        System.out.printf(Locale.ROOT, "automatic submission: %.1f s wall for both runs; run 1 submitted %d in %.1f s, "
                + "run 2 (started 0.2 s later) submitted %d in %.1f s; load average after %.1f%n",
                wall, a.submitted, a.seconds, b.submitted, b.seconds, OwnServer.loadAverage());
        List<Long> sorted = new ArrayList<>(probes);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "%s during the run: %d loads, median %d ms, p95 %d ms, max %d ms, %d failed%n",
                PROBE_PAGE, sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.95),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1), probeFailures.size());
        probeFailures.stream().limit(5).forEach(f -> System.out.println("  page failure: " + f));
        System.out.println("generated drafts afterwards: " + state);

        boolean ok = true;
        if (!state.equals("drafts=0 autoSubmittedOnce=" + drafts + " other=0")) {
            System.out.println("*** not every generated draft was submitted exactly once");
            ok = false;
        }
        if (a.submitted + b.submitted < drafts) {
            System.out.println("*** the runs report fewer submissions than drafts");
            ok = false;
        }
        if (sorted.isEmpty() || !probeFailures.isEmpty()) {
            System.out.println("*** the page did not keep answering during the run");
            ok = false;
        }
        if (wall >= 60) {
            System.out.println("*** slower than the target of 60 s");
            ok = false;
        }
        return ok;
    }

    private record Run(int submitted, double seconds) {
    }

    private static Run autoSubmit(HttpClient http, String url, long since) {
        try {
            int submitted = Integer.parseInt(OwnServer.post(http, url, "/test-support/auto-submit").strip());
            return new Run(submitted, OwnServer.seconds(since));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }




    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.max(0, (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)));
    }

}
