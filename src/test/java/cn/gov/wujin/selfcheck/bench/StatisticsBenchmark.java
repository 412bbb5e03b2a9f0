package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.PayaraServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * BENCHMARK (not a test): 统计分析 at district scale. Starts a server of its own on a new database (Derby
 * under target/bench-statistics, or a new PostgreSQL database with {@code -Dbench.postgres=true}), has
 * {@code demo.DistrictGenerator} make a year of a district ({@code -Dbench.enterprises=30000}: about
 * 350,000 records and 1,000,000 hazards), then times what opening the page asks of the boundary (the
 * month's table by town, the 12-month trend, the two quality flags) for the district and for one town
 * (湖塘镇), five times each, first on the fresh server, against the bare SQL aggregates of the same
 * figures by plain JDBC in the same run.
 * <p>
 * {@code mvn -Pbench package exec:java -DskipTests -Dbench.main=cn.gov.wujin.selfcheck.bench.StatisticsBenchmark}
 */
public final class StatisticsBenchmark {

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 30_000);
        String month = System.getProperty("bench.month", "2026-11");
        boolean postgres = Boolean.getBoolean("bench.postgres");
        List<String> properties = List.of();
        String database = "Derby (embedded)";
        if (postgres) {
            String name = "selfcheck_bench_stats_" + System.currentTimeMillis();
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name);
            }
            properties = List.of("selfcheck.db.datasource-class=org.postgresql.xa.PGXADataSource", "selfcheck.db.server=127.0.0.1",
                    "selfcheck.db.port=5432", "selfcheck.db.name=" + name, "selfcheck.db.user=postgres",
                    "selfcheck.db.password=unused-with-trust-auth");
            database = "PostgreSQL (" + name + ")";
        }
        PayaraServer.Instance server = OwnServer.launchUnlessGiven("statistics", "target/bench-statistics", properties);
        String url = server == null ? System.getProperty("bench.url") : server.baseUrl();
        try {
            Boundary boundary = new Boundary(url, OwnServer.LONG);
            String[] made = boundary.ok("admin", "bench.district", "tag", "B", "enterprises", enterprises, "month", month).strip().split(" ");
            System.out.printf(Locale.ROOT, "%s: %s enterprises, %s records, %s hazards generated in %.1f s%n", database, made[0], made[1],
                    made[2], Long.parseLong(made[3]) / 1000.0);
            for (String as : List.of("district", "hutang")) {
                long[] page = new long[5];
                long[] sql = new long[5];
                for (int i = 0; i < 5; i++) {
                    page[i] = Long.parseLong(boundary.ok(as, "bench.statsPage", "month", month).strip());
                    sql[i] = Long.parseLong(boundary.ok(as, "bench.statsSql", "month", month).strip());
                }
                long firstPage = page[0];
                long firstSql = sql[0];
                Arrays.sort(page);
                Arrays.sort(sql);
                System.out.printf(Locale.ROOT, "%-8s page: first %d ms, median %d ms; bare SQL: first %d ms, median %d ms; ratio %.2f; load %.1f%n",
                        as, firstPage, page[2], firstSql, sql[2], (double) page[2] / sql[2], OwnServer.loadAverage());
            }
        } finally {
            if (server != null) {
                System.out.println("Server log: " + server.log());
                server.close();
            }
        }
    }
}
