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
    /** PrimeFaces' CSP mode: the page's script nonce, which each postback of the view must send back. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final String NONCE_PARAMETER = "primefaces.nonce";

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    /** The nonce of the page last fetched at each path, sent with postbacks as PrimeFaces' script does. */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

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
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The value of a cookie the server set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, Duration.ofSeconds(60));
    }

    /** A download that may take longer than a page (a benchmark's large export). */
    public HttpResponse<byte[]> getBytes(String path, Duration timeout) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).GET().build(),
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
        addNonce(form, path, pageHtml);
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
        addNonce(form, path, null);
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
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        addNonce(form, path, pageHtml);
        return sendMultipart(path, form, fileField, fileName, content, false);
    }

    /**
     * An upload of PrimeFaces' advanced (AJAX) {@code p:fileUpload} as its widget sends it: the form's
     * fields, the partial-request parameters naming the upload component, the view state, and the file
     * under the component's client id. The answer is a {@code <partial-response>}.
     */
    public HttpResponse<String> postAjaxUpload(String path, String viewState, String formId, String uploadId,
                                               String render, String fileName, byte[] content) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", uploadId);
        form.put("jakarta.faces.partial.execute", uploadId);
        form.put("jakarta.faces.partial.render", render);
        form.put(uploadId + "_totalFilesCount", "1");
        form.put("jakarta.faces.ViewState", viewState);
        addNonce(form, path, null);
        return sendMultipart(path, form, uploadId, fileName, content, true);
    }

    private HttpResponse<String> sendMultipart(String path, Map<String, String> form, String fileField, String fileName,
                                               byte[] content, boolean ajax) {
        String boundary = "----selfcheck" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request);
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

    /** The page's nonce (from the HTML when given, else from the last page fetched at the path), if it has one. */
    private void addNonce(Map<String, String> form, String path, String pageHtml) {
        String nonce = pageHtml == null ? null : nonce(pageHtml);
        if (nonce == null) {
            nonce = nonces.get(pathOf(path));
        }
        if (nonce != null && !form.containsKey(NONCE_PARAMETER)) {
            form.put(NONCE_PARAMETER, nonce);
        }
    }

    /** PrimeFaces' CSP nonce of a page, or null without CSP: a view's postbacks send it back. */
    static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
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
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String nonce = response.body().contains("<html") ? nonce(response.body()) : null;
            if (nonce != null) {
                nonces.put(response.uri().getRawPath(), nonce);
            }
            return response;
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
