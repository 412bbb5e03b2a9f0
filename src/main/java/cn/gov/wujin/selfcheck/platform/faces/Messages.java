package cn.gov.wujin.selfcheck.platform.faces;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds localized messages to the current view; backing beans use this instead of building them. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void errorFor(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(BusinessException e) {
        error(e.messageKey(), e.arguments());
    }

    /** Keeps the messages across a redirect. */
    public static void keepAfterRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
