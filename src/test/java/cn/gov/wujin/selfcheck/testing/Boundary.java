package cn.gov.wujin.selfcheck.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls one boundary method as a given caller through the server's test support
 * ({@code /test-support/boundary}, see {@code BoundaryProbeServlet}): the refusal is the
 * boundary's own, with nothing in front of it. Answers {@code OK [result]}, {@code ACCESS_DENIED},
 * {@code REFUSED <message key>} or {@code INVALID <fields>}.
 */
public final class Boundary {

    public static final String DENIED = "ACCESS_DENIED";

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Boundary(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(60));
    }

    /** For benchmarks whose calls take longer than a test's (a data generator). */
    public Boundary(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /** {@code as}: the caller's login name; {@code arguments}: name, value, name, value... */
    public String call(String as, String operation, Object... arguments) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("as", as);
        form.put("op", operation);
        for (int i = 0; i < arguments.length; i += 2) {
            form.put((String) arguments[i], String.valueOf(arguments[i + 1]));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/test-support/boundary"))
                    .timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(operation + " as " + as + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The result of an operation that must succeed. */
    public String ok(String as, String operation, Object... arguments) {
        String outcome = call(as, operation, arguments);
        if (!outcome.startsWith("OK")) {
            throw new AssertionError(operation + " as " + as + " should succeed but answered " + outcome);
        }
        return outcome.length() > 3 ? outcome.substring(3) : "";
    }
}
