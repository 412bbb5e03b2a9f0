package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.platform.faces.Redirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * The login form's mechanism. The login page hands the credential over with
 * {@code SecurityContext.authenticate}; the session then carries the caller, whose name and groups
 * are handed to the container again on every request. A request for a protected page without a
 * session is sent to the login page, also when it is a JSF AJAX request (which a plain redirect
 * would leave silent).
 * <p>
 * Not {@code @AutoApplySession}: on Payara 6.2025.10 its session reuse loses the caller's groups
 * under concurrent load and answers 403 to logged-in users (Payara FISH-7515); the benchmark showed it.
 */
@ApplicationScoped
public class FormAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    static final String SESSION_CALLER = "selfcheck.caller";

    /** The authenticated caller as the session keeps it. */
    record SessionCaller(String name, Set<String> groups, int epoch) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            String name = result.getCallerPrincipal().getName();
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(name, Set.copyOf(result.getCallerGroups()), accounts.sessionEpoch(name).orElse(-1)));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (isResource(request) || accounts.sessionEpoch(caller.name()).filter(epoch -> epoch == caller.epoch()).isPresent()) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // Disabled, password reset, or role or scope changed since this session began: it ends here.
            session.invalidate();
            if (context.isProtected()) {
                redirectToLogin(request, response, "?ended=true");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            redirectToLogin(request, response, expired ? "?expired=true" : "");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /** The style sheets, scripts and images of JSF: served without asking the database about the session. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, String query) {
        String url = request.getContextPath() + LOGIN_PAGE + query;
        try {
            Redirects.send(request, response, url);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot redirect to the login page", e);
        }
    }
}
