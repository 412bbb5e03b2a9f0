package cn.gov.wujin.selfcheck.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the WAR on Payara Micro once per test run, on free ports, with a fresh embedded Derby
 * database and the demo data, and stops it when the run ends. Ready means: the login page answers
 * 200 (Micro says "ready" even when the deployment failed). The server log is kept under target/it.
 */
public final class PayaraServer implements BeforeAllCallback {

    /** The fixed captcha answer the test server accepts (selfcheck.captcha.test-answer). */
    public static final String CAPTCHA = "TEST-CAPTCHA";

    /** How long the server may take to serve the login page. */
    private static final Duration STARTUP = Duration.ofMinutes(10);

    private static volatile Running running;
    private static volatile Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    public static String baseUrl() {
        if (running == null) {
            throw new IllegalStateException("Payara Micro was not started: annotate the test with @ExtendWith(PayaraServer.class)");
        }
        return running.baseUrl;
    }

    /** The data directory (selfcheck.data.dir) of the running test server. */
    public static Path dataDir() {
        baseUrl();
        return dataDir;
    }

    private static synchronized Running start() {
        if (running != null) {
            return running;
        }
        Instance instance = launch("server", List.of());
        dataDir = instance.dataDir();
        running = new Running(instance);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        return running;
    }

    /** A server of its own: the WAR on a fresh Payara Micro, with extra system properties (e.g. another database). */
    public record Instance(Process process, String baseUrl, Path dataDir, Path log) implements AutoCloseable {
        /**
         * Stops the server as an operator does (SIGTERM): Payara Micro's shutdown hook undeploys the
         * application, which shuts its embedded Derby database down; forcibly only after 60 seconds.
         * Safe to call twice.
         */
        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public static Instance launch(String name, List<String> systemProperties) {
        return launch(name, systemProperties, null);
    }

    /**
     * As {@link #launch(String, List)}, but on the data directory (database and stored files) of an
     * earlier instance when {@code dataDir} is not null: a restart. Close the earlier instance first
     * (embedded Derby admits one server per database); {@link Instance#close()} stops it cleanly.
     */
    public static Instance launch(String name, List<String> systemProperties, Path dataDir) {
        try {
            Path jar = Path.of(required("payara.micro.jar"));
            Path war = Path.of(required("selfcheck.war"));
            Path work = Path.of(required("selfcheck.test.work")).resolve(name + "-" + System.currentTimeMillis());
            Path tmp = Files.createDirectories(work.resolve("tmp"));
            Path data = dataDir == null ? work.resolve("data") : dataDir;
            if (dataDir != null && !Files.isDirectory(dataDir)) {
                throw new IllegalArgumentException("No data directory to reuse at " + dataDir);
            }
            Path log = work.resolve("payara-micro.log");
            int httpPort = freePort();
            int clusterPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("selfcheck.test.heap", "1g"),
                    "-Djava.io.tmpdir=" + tmp,
                    "-Djava.awt.headless=true",
                    "-Dselfcheck.data.dir=" + data,
                    "-Dselfcheck.demo-data.enabled=true",
                    "-Dselfcheck.captcha.test-answer=" + CAPTCHA,
                    "-Dselfcheck.test-support.enabled=true"));
            systemProperties.forEach(property -> command.add("-D" + property));
            command.addAll(List.of(
                    "-jar", jar.toString(),
                    "--deploy", war.toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(httpPort),
                    "--clustername", "selfcheck-it-" + httpPort,
                    "--clustermode", "tcpip:127.0.0.1:" + clusterPort,
                    "--startport", String.valueOf(clusterPort),
                    "--interfaces", "127.0.0.1",
                    "--disablephonehome",
                    // No MicroProfile Metrics at /metrics, as on every server but a benchmark's.
                    "--postbootcommandfile", required("selfcheck.micro.postboot")));
            Process process = new ProcessBuilder(command).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String baseUrl = "http://127.0.0.1:" + httpPort;
            System.out.println("[it] Starting Payara Micro at " + baseUrl + " (log: " + log + ")");
            awaitLoginPage(process, baseUrl, log);
            return new Instance(process, baseUrl, data, log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Payara Micro", e);
        }
    }

    private static void awaitLoginPage(Process process, String baseUrl, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // A deadline, not a delay: on a loaded 2-core CI machine the deployment alone took 173 s.
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.println("[it] Payara Micro is serving the login page");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000); // polling a process that gives no other signal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The login page did not answer 200 within " + STARTUP.toMinutes() + " minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run the ITs with mvn verify)");
        }
        return value;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Instance instance;
        private final String baseUrl;

        Running(Instance instance) {
            this.instance = instance;
            this.baseUrl = instance.baseUrl();
        }

        @Override
        public void close() {
            instance.close();
        }
    }
}
