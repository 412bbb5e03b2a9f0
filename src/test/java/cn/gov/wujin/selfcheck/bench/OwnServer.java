package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.PayaraServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the benchmarks that start a server of their own share: the server (Payara Micro with the built
 * WAR and a new embedded Derby database under {@code target/<work>}, test support on), the test-support
 * POSTs, and the figures they print besides their own.
 */
final class OwnServer {

    static final Duration LONG = Duration.ofMinutes(15);

    private OwnServer() {
    }

    /** A new server for this benchmark, unless {@code -Dbench.url} names a running one (then null). */
    static PayaraServer.Instance launchUnlessGiven(String name, String work) {
        return launchUnlessGiven(name, work, List.of());
    }

    /** The same with extra system properties for the server (another database, say). */
    static PayaraServer.Instance launchUnlessGiven(String name, String work, List<String> properties) {
        if (!System.getProperty("bench.url", "").isBlank()) {
            return null;
        }
        defaultProperty("payara.micro.jar", "target/payara-micro.jar");
        defaultProperty("selfcheck.war", "target/selfcheck.war");
        defaultProperty("selfcheck.micro.postboot", "server-config/micro-metrics-false.asadmin");
        defaultProperty("selfcheck.test.work", work);
        return PayaraServer.launch(name, properties);
    }

    /** A test-support request ({@code POST}, no body); its answer. */
    static String post(HttpClient http, String url, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(LONG)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": HTTP " + response.statusCode()
                    + " (the server needs selfcheck.test-support.enabled=true)");
        }
        return response.body();
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name, "").isBlank()) {
            System.setProperty(name, Path.of(value).toAbsolutePath().toString());
        }
    }
}
