package cn.gov.wujin.selfcheck.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open JSF view of a {@link JsfClient} (a browser tab): its page, its view state, and AJAX
 * postbacks as PrimeFaces sends them. Two of these on the same path are two tabs with their own
 * view-scoped state.
 */
public final class JsfView {

    private static final Pattern UPDATE = Pattern.compile(
            "<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);

    private final JsfClient client;
    private final String path;
    private final String html;
    private String viewState;

    private JsfView(JsfClient client, String path, String html) {
        this.client = client;
        this.path = path;
        this.html = html;
        this.viewState = JsfClient.viewState(html);
    }

    /** GETs the page; it must answer 200. */
    public static JsfView open(JsfClient client, String path) {
        HttpResponse<String> page = client.get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": HTTP " + page.statusCode());
        }
        return new JsfView(client, path, page.body());
    }

    public String html() {
        return html;
    }

    /** The fields of a form of the page as a browser would send them. */
    public Map<String, String> values(String formId) {
        return JsfClient.formValues(html, formId);
    }

    /**
     * A click on an AJAX command component of a form: {@code execute} and {@code render} as the
     * component's {@code process} and {@code update} resolve to client ids, with the given fields.
     */
    public Partial click(String formId, String source, String execute, String render, Map<String, String> fields) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put(formId, formId);
        request.putAll(fields);
        request.put("jakarta.faces.source", source);
        request.put("jakarta.faces.partial.execute", execute);
        request.put("jakarta.faces.partial.render", render);
        request.put(source, source);
        // This tab's own nonce: another tab of the same path has its own view and nonce.
        String nonce = JsfClient.nonce(html);
        if (nonce != null) {
            request.put("primefaces.nonce", nonce);
        }
        Partial partial = new Partial(client.postAjax(path, viewState, request));
        if (partial.viewState() != null) {
            viewState = partial.viewState();
        }
        return partial;
    }

    /** The answer to an AJAX postback: its updates by client id, or a redirect. */
    public static final class Partial {
        private final String body;
        private final Map<String, String> updates = new LinkedHashMap<>();

        Partial(HttpResponse<String> response) {
            if (response.statusCode() != 200 || !response.body().contains("<partial-response")) {
                throw new AssertionError("not a partial response: HTTP " + response.statusCode() + " " + response.body());
            }
            this.body = response.body();
            Matcher m = UPDATE.matcher(body);
            while (m.find()) {
                updates.put(m.group(1), m.group(2));
            }
        }

        public String update(String id) {
            String update = updates.get(id);
            if (update == null) {
                throw new AssertionError("no update of " + id + " in " + updates.keySet());
            }
            return update;
        }

        public String body() {
            return body;
        }

        public boolean redirects() {
            return body.contains("<redirect url=");
        }

        String viewState() {
            return updates.entrySet().stream().filter(e -> e.getKey().contains("jakarta.faces.ViewState"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }
}
