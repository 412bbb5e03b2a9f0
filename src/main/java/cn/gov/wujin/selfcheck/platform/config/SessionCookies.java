package cn.gov.wujin.selfcheck.platform.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Marks the session cookie {@code Secure} when {@code selfcheck.session.cookie-secure=true}: set it on
 * every deployment reached over HTTPS (directly or behind a TLS proxy), so that the browser never sends
 * the session over plain HTTP. Off by default because the local server and the tests speak plain HTTP,
 * where a Secure cookie would never come back. HttpOnly and SameSite=Lax are set in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Inject
    @ConfigProperty(name = "selfcheck.session.cookie-secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        if (!secure) {
            LOG.info("The session cookie is not marked Secure (selfcheck.session.cookie-secure=false): "
                    + "set it to true wherever the system is reached over HTTPS");
        }
    }
}
