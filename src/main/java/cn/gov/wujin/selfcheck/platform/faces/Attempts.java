package cn.gov.wujin.selfcheck.platform.faces;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import jakarta.faces.context.FacesContext;

/**
 * One user action of a page: the boundary call, tried again on a transient database failure; refused,
 * the reason as a message and the request marked failed so that every entry stays on the page; done,
 * the message that says so.
 */
public final class Attempts {

    private Attempts() {
    }

    /** Whether the work was done; {@code doneKey} is the message shown when it was. */
    public static boolean done(Runnable work, String doneKey) {
        try {
            TransientFailures.retried(work);
        } catch (BusinessException e) {
            refused(e);
            return false;
        }
        Messages.info(doneKey);
        return true;
    }

    /** A refusal the page found itself (a choice not made): the message, every entry kept. */
    public static void refused(String key) {
        Messages.error(key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void refused(BusinessException e) {
        Messages.error(e);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
