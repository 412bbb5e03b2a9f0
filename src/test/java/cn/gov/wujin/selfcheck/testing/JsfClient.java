package cn.gov.wujin.selfcheck.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less user: plain HTTP with its own cookie jar, able to post JSF forms (it carries the
 * view state over). Used by HTTP-level tests and by the benchmarks.
 */
public final class JsfClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    public JsfClient(String baseUrl) {
        this(baseUrl, HttpClient.Version.HTTP_2);
    }

    /**
     * With the HTTP version to ask for: {@code HTTP_2} (the JDK's default) tries an h2c upgrade on plain
     * http:// addresses, which browsers never do; {@code HTTP_1_1} talks as a browser does there.
     */
    public JsfClient(String baseUrl, HttpClient.Version version) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects within the application. */
    public HttpResponse<String> follow(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(URI.create(baseUrl).resolve(location).getRawPath()
                    + (URI.create(baseUrl).resolve(location).getRawQuery() == null ? "" : "?" + URI.create(baseUrl).resolve(location).getRawQuery()));
        }
        return response;
    }

    /** Posts a form of the page just fetched, with its view state. */
    public HttpResponse<String> postForm(String path, String pageHtml, String formId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * An AJAX postback as PrimeFaces sends it: the given fields (form fields, {@code jakarta.faces.source},
     * {@code jakarta.faces.partial.*} parameters) with the view state, marked as a partial request.
     * The answer is a {@code <partial-response>}.
     */
    public HttpResponse<String> postAjax(String path, String viewState, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.ViewState", viewState);
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form (file fields as name → (filename, bytes)) of the page just fetched. */
    public HttpResponse<String> postMultipart(String path, String pageHtml, String formId, Map<String, String> fields,
                                              String fileField, String fileName, byte[] content) {
        String boundary = "----selfcheck" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The current values of a form's text inputs, checked radios and selected options, as a browser would send them. */
    public static Map<String, String> formValues(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        int end = html.indexOf("</form>", start);
        String form = html.substring(start, end);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null || name.equals("jakarta.faces.ViewState") || "submit".equals(type) || "button".equals(type)) {
                continue;
            }
            if (("radio".equals(type) || "checkbox".equals(type)) && !attributes.contains("checked")) {
                continue;
            }
            String value = attribute(attributes, "value");
            values.put(name, value == null ? "" : value.replace("&amp;", "&").replace("&#45;", "-"));
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            values.put(select.group(1), selected.find() ? selected.group(1) : "");
        }
        Matcher textarea = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(form);
        while (textarea.find()) {
            values.put(textarea.group(1), textarea.group(2));
        }
        return values;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A plain form POST (UTF-8) of these parameters, e.g. to a test-support endpoint. */
    public HttpResponse<String> post(String path, Map<String, String> parameters) {
        String body = parameters.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login form with the test captcha; returns the response to the POST. */
    public HttpResponse<String> login(String username, String password, String captcha) {
        HttpResponse<String> page = get("/login.xhtml");
        get("/captcha.png");
        return postForm("/login.xhtml", page.body(), "login", Map.of(
                "login:username", username,
                "login:password", password,
                "login:captcha", captcha,
                "login:submit", ""));
    }

    /**
     * Logs a demo enterprise in whatever its state: with the initial password (then setting
     * {@code newPassword} as the first login demands) or, when an earlier test did that, with the new one.
     */
    public void loginEnterprise(String name, String initialPassword, String newPassword, String captcha) {
        HttpResponse<String> first = login(name, initialPassword, captcha);
        if (first.statusCode() == 302 && first.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml")) {
            HttpResponse<String> page = get("/account/password.xhtml");
            postForm("/account/password.xhtml", page.body(), "password", Map.of(
                    "password:current", initialPassword, "password:newPassword", newPassword,
                    "password:confirmation", newPassword, "password:save", ""));
        } else if (first.statusCode() != 302) {
            if (login(name, newPassword, captcha).statusCode() != 302) {
                throw new IllegalStateException("cannot log in as " + name);
            }
        }
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
