package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.PayaraServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): 批量导入 of 30,000 valid rows plus 300 invalid ones (a wrong check character)
 * by the Jakarta Batch job, against its ceiling in the same run: a plain JDBC batch insert of as many
 * enterprises with their logins into the same database, committed per chunk as the job commits. Runs
 * each twice, the first time on a fresh database (a new server), and prints rows/s and their ratio.
 * <p>
 * {@code mvn -Pbench package exec:java -DskipTests -Dbench.main=cn.gov.wujin.selfcheck.bench.ImportBenchmark}
 * on embedded Derby (a new database under target/bench-import); add {@code -Dbench.postgres=true} for
 * a new database on the local PostgreSQL server (trust auth, as on these machines);
 * {@code -Dbench.rows=30000}, {@code -Dbench.invalid=300}, {@code -Dbench.runs=2}.
 */
public final class ImportBenchmark {

    private static final String DISTRICT = "district";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 30_000);
        int invalid = Integer.getInteger("bench.invalid", 300);
        int runs = Integer.getInteger("bench.runs", 2);
        boolean postgres = Boolean.getBoolean("bench.postgres");
        // The job's chunk (rows per commit) and the ceiling's commit interval are the same.
        int chunk = Integer.getInteger("bench.chunk", 1000);
        List<String> properties = new java.util.ArrayList<>(List.of("selfcheck.import.chunk-size=" + chunk));
        String database = "Derby (embedded)";
        if (postgres) {
            String name = "selfcheck_bench_import_" + System.currentTimeMillis();
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name);
            }
            properties.addAll(List.of("selfcheck.db.datasource-class=org.postgresql.xa.PGXADataSource", "selfcheck.db.server=127.0.0.1",
                    "selfcheck.db.port=5432", "selfcheck.db.name=" + name, "selfcheck.db.user=postgres",
                    "selfcheck.db.password=unused-with-trust-auth"));
            database = "PostgreSQL (" + name + ")";
        }
        PayaraServer.Instance server = OwnServer.launchUnlessGiven("import", "target/bench-import", properties);
        String url = server == null ? System.getProperty("bench.url") : server.baseUrl();
        boolean ok = true;
        try {
            Boundary boundary = new Boundary(url);
            System.out.printf(Locale.ROOT, "Import benchmark against %s on %s: %d valid + %d invalid rows, chunk %d, %d cores%n",
                    url, database, rows, invalid, chunk, Runtime.getRuntime().availableProcessors());
            for (int run = 1; run <= runs; run++) {
                String tag = "B" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss")) + run;
                String id = boundary.ok(DISTRICT, "bench.import", "tag", tag, "valid", rows, "invalid", invalid).strip();
                String view = await(boundary, id);
                long millis = Long.parseLong(view.substring(view.indexOf("millis=") + 7).strip());
                boolean counts = view.startsWith("COMPLETED created=" + rows + " updated=0 rejected=" + invalid);
                ok &= counts;
                double jobRate = (rows + invalid) * 1000.0 / millis;
                long ceilingMillis = Long.parseLong(boundary.ok(DISTRICT, "bench.ceiling", "tag", tag, "rows", rows, "chunk", chunk).strip());
                double ceilingRate = rows * 1000.0 / ceilingMillis;
                System.out.printf(Locale.ROOT, "run %d%s: job %.1f s = %.0f rows/s (%s); JDBC batch ceiling %.1f s = %.0f rows/s;"
                                + " ratio %.2f; load %.1f%n", run, run == 1 ? " (fresh database)" : " (warmed)", millis / 1000.0, jobRate,
                        counts ? "counts right" : "COUNTS WRONG: " + view, ceilingMillis / 1000.0, ceilingRate, jobRate / ceilingRate,
                        OwnServer.loadAverage());
            }
            // The officers' list on what the runs left (the demo data plus runs × rows enterprises), as the district sees it.
            String[][] filters = {{}, {"keyword", "基准导入"}, {"keyword", "9232"}, {"town", "HUTANG"}, {"account", "NOT_ACTIVATED"},
                    {"noRecord", "true"}, {"profile", "INCOMPLETE"}, {"town", "HUTANG", "account", "NOT_ACTIVATED", "first", "20000"}};
            for (String[] filter : filters) {
                long[] count = new long[5];
                long[] page = new long[5];
                String answer = "";
                for (int i = 0; i < 5; i++) {
                    Object[] arguments = new Object[filter.length];
                    System.arraycopy(filter, 0, arguments, 0, filter.length);
                    answer = boundary.ok(DISTRICT, "registry.page", arguments).strip();
                    count[i] = Long.parseLong(answer.replaceAll(".*countMicros=(\\d+).*", "$1"));
                    page[i] = Long.parseLong(answer.replaceAll(".*pageMicros=(\\d+).*", "$1"));
                }
                java.util.Arrays.sort(count);
                java.util.Arrays.sort(page);
                System.out.printf(Locale.ROOT, "list %-40s %s: count median %.1f ms, page of 20 median %.1f ms%n",
                        String.join("=", filter), answer.substring(0, answer.indexOf(" count")), count[2] / 1000.0, page[2] / 1000.0);
            }
            System.out.println(ok ? "RESULT: ok" : "*** RESULT: FAILED (see above) ***");
        } finally {
            if (server != null) {
                System.out.println("Server log: " + server.log());
                server.close();
            }
        }
    }

    private static String await(Boundary boundary, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        String view = boundary.ok(DISTRICT, "import.view", "id", id);
        while (!view.startsWith("COMPLETED") && !view.startsWith("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500); // polling the job's state, which gives no other signal
            view = boundary.ok(DISTRICT, "import.view", "id", id);
        }
        return view;
    }
}
