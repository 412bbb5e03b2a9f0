package cn.gov.wujin.selfcheck.platform.faces;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the user-visible texts of {@code messages*.properties} in the caller's locale. */
public final class Texts {

    public static final String BUNDLE = "cn.gov.wujin.selfcheck.i18n.messages";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return DEFAULT_LOCALE;
    }
}
