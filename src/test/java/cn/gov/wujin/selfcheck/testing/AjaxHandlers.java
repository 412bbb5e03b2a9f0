package cn.gov.wujin.selfcheck.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AJAX options (source, form, process, update) of the command components a view has shown,
 * read as PrimeFaces renders them: inline in an {@code onclick} attribute, or, in CSP mode, in the
 * {@code PrimeFaces.csp.register} scripts of the page and in the {@code <eval>} of each partial
 * response. Learn every page and partial response of the view, then ask for the request a click sends.
 */
public final class AjaxHandlers {

    private static final Pattern AJAX_CALL = Pattern.compile("PrimeFaces\\.ab\\(\\{(.*?)}\\)", Pattern.DOTALL);
    private static final Pattern AJAX_OPTION = Pattern.compile("\\b([sfpu]):(?:&quot;|\")(.*?)(?:&quot;|\")");

    private final Map<String, Map<String, String>> bySource = new ConcurrentHashMap<>();

    /** Reads the AJAX calls of a page or a partial response. */
    public void learn(String text) {
        if (text == null) {
            return;
        }
        Matcher call = AJAX_CALL.matcher(text);
        while (call.find()) {
            Map<String, String> options = new LinkedHashMap<>();
            Matcher option = AJAX_OPTION.matcher(call.group(1));
            while (option.find()) {
                options.putIfAbsent(option.group(1), unescape(option.group(2)));
            }
            if (options.containsKey("s")) {
                bySource.put(options.get("s"), options);
            }
        }
    }

    /**
     * The fields a click on {@code componentId} sends, with the form's {@code values}; the component
     * must be in {@code html} (what the view shows now).
     */
    public Map<String, String> click(String html, String componentId, Map<String, String> values) {
        if (html == null || !html.contains("id=\"" + componentId + "\"")) {
            throw new IllegalStateException("no component " + componentId + " in the page");
        }
        Map<String, String> options = bySource.get(componentId);
        if (options == null) {
            throw new IllegalStateException("component " + componentId + " sends no AJAX request");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.source", componentId);
        fields.put("jakarta.faces.partial.execute", options.getOrDefault("p", componentId).replace(',', ' '));
        if (options.containsKey("u")) {
            fields.put("jakarta.faces.partial.render", options.get("u").replace(',', ' '));
        }
        fields.put(componentId, componentId);
        fields.putAll(values);
        return fields;
    }

    static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#58;", ":").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
