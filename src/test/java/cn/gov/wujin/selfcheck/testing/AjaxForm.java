package cn.gov.wujin.selfcheck.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSF form of one view over a {@link JsfClient}: its field values and view state, posted as
 * PrimeFaces posts an AJAX click (the component's options are read from the HTML it was rendered in).
 */
public final class AjaxForm {

    private static final Pattern UPDATE = Pattern.compile("<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern ERROR_MESSAGE = Pattern.compile("ui-messages?-error|ui-messages?-fatal");

    private final JsfClient client;
    private final String path;
    private final Map<String, String> values;
    private String viewState;
    private final AjaxHandlers handlers = new AjaxHandlers();

    /** The form {@code formId} of the page just fetched from {@code path}. */
    public AjaxForm(JsfClient client, String path, String pageHtml, String formId) {
        this.client = client;
        this.path = path;
        this.viewState = JsfClient.viewState(pageHtml);
        this.values = new LinkedHashMap<>(JsfClient.formValues(pageHtml, formId));
        handlers.learn(pageHtml);
    }

    public void set(String name, String value) {
        values.put(name, value);
    }

    /** Clicks the command component with this id, as rendered in {@code html}; keeps the new view state. */
    public Partial click(String html, String componentId) {
        Map<String, String> fields = handlers.click(html, componentId, values);
        Partial partial = new Partial(client.postAjax(path, viewState, fields));
        if (partial.viewState() != null) {
            viewState = partial.viewState();
        }
        handlers.learn(partial.body);
        return partial;
    }

    /** A partial response: its updates by id, error, redirect. */
    public static final class Partial {
        private final int status;
        private final String body;
        private final Map<String, String> updates = new LinkedHashMap<>();

        Partial(HttpResponse<String> response) {
            this.status = response.statusCode();
            this.body = response.body();
            Matcher m = UPDATE.matcher(body);
            while (m.find()) {
                updates.put(m.group(1), m.group(2));
            }
        }

        public String update(String id) {
            return updates.get(id);
        }

        String viewState() {
            return updates.entrySet().stream().filter(e -> e.getKey().contains("jakarta.faces.ViewState"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        public String error() {
            int at = body.indexOf("<error>");
            return at < 0 ? null : body.substring(at, Math.min(body.length(), at + 300));
        }

        public String redirect() {
            Matcher m = Pattern.compile("<redirect url=\"([^\"]*)\"").matcher(body);
            return m.find() ? AjaxHandlers.unescape(m.group(1)) : null;
        }

        /** HTTP 200, a partial response, no error, no redirect, no error message. */
        public boolean ok() {
            return status == 200 && body.contains("<partial-response") && error() == null && redirect() == null
                    && updates.values().stream().noneMatch(u -> ERROR_MESSAGE.matcher(u).find());
        }

        public String summary() {
            return "HTTP " + status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }
}
