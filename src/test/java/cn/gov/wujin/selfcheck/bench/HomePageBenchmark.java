package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.JsfClient;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): N logged-in enterprises load their home page for a fixed time, then the
 * bare login page is loaded the same way; prints both throughputs, their ratio and the latencies.
 * <p>
 * Needs a running server with the benchmark logins and the test captcha (see README, "Benchmarks").
 * Only loopback or the given test host is targeted; every loop ends by itself after the set time.
 */
public final class HomePageBenchmark {

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("bench.url", "http://127.0.0.1:8080");
        int users = Integer.getInteger("bench.users", 50);
        int seconds = Integer.getInteger("bench.seconds", 30);
        String captcha = System.getProperty("bench.captcha", "BENCH");
        String password = System.getProperty("bench.password", "Bench2026pw");
        // As browsers on http:// (and InspectionBenchmark): HTTP/1.1; -Dbench.http=2 tries the JDK's h2c upgrade,
        // whose sessions Payara's Grizzly terminated under 50 concurrent logins on a loaded machine (EOF at login).
        HttpClient.Version version = "2".equals(System.getProperty("bench.http")) ? HttpClient.Version.HTTP_2
                : HttpClient.Version.HTTP_1_1;

        System.out.printf("Home page benchmark against %s: %d users, %d s per phase, %s%n", baseUrl, users, seconds, version);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<JsfClient> clients = BenchLogins.logIn(pool, users, () -> new JsfClient(baseUrl, version), password, captcha);
            Result home = run(pool, clients, "/enterprise/home.xhtml", seconds);
            List<JsfClient> anonymous = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                anonymous.add(new JsfClient(baseUrl, version));
            }
            Result login = run(pool, anonymous, "/login.xhtml", seconds);
            home.print("home page (logged in)");
            login.print("login page (anonymous)");
            System.out.printf(Locale.ROOT, "ratio home/login throughput: %.2f%n", home.throughput() / login.throughput());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(ExecutorService pool, List<JsfClient> clients, String path, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (JsfClient client : clients) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.get(path);
                    long took = System.nanoTime() - start;
                    if (response.statusCode() == 200) {
                        latencies.add(took);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        Collections.sort(all);
        return new Result(all, errors.get(), seconds);
    }

    private record Result(List<Long> sortedNanos, long errors, int seconds) {

        double throughput() {
            return sortedNanos.size() / (double) seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
            return sortedNanos.get(Math.max(0, index)) / 1e6;
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "%-24s %8d requests  %8.1f req/s  median %7.1f ms  p95 %7.1f ms  errors %d%n",
                    label, sortedNanos.size(), throughput(), percentileMillis(0.5), percentileMillis(0.95), errors);
        }
    }
}
