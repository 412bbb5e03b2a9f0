package cn.gov.wujin.selfcheck.platform.config;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies {@code selfcheck.session.timeout-minutes} to every new HTTP session. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "selfcheck.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
    }
}
