package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.AuthenticationResult;
import cn.gov.wujin.selfcheck.account.boundary.LoginFeedback;
import cn.gov.wujin.selfcheck.account.control.CaptchaChallenge;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** 登录: user name, password and captcha. */
@Named
@RequestScoped
public class LoginView {

    static final String MUST_CHANGE_PASSWORD = "selfcheck.mustChangePassword";

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    LoginFeedback feedback;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.captcha.ttl-seconds", defaultValue = "300")
    int captchaSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.captcha.test-answer")
    Optional<String> captchaTestAnswer;

    @NotBlank(message = "{login.username.required}")
    @Size(max = 200)
    private String username;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 128)
    private String password;

    @NotBlank(message = "{login.captcha.required}")
    @Size(max = 16)
    private String captcha;

    private FacesContext faces;

    @PostConstruct
    void init() {
        faces = FacesContext.getCurrentInstance();
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!captchaAnswered(request.getSession(true))) {
            accounts.recordCaptchaFailure(username, request.getRemoteAddr());
            Messages.errorFor("login:captcha", "login.captcha.wrong");
            captcha = null;
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> loggedIn(request, external);
            default -> refused();
        }
    }

    private boolean captchaAnswered(HttpSession session) {
        Object challenge = session.getAttribute(CaptchaServlet.SESSION_KEY);
        session.removeAttribute(CaptchaServlet.SESSION_KEY);
        return challenge instanceof CaptchaChallenge c
                && c.answer(captcha, clock, Duration.ofSeconds(captchaSeconds), captchaTestAnswer.orElse(null));
    }

    private void loggedIn(HttpServletRequest request, ExternalContext external) throws IOException {
        request.changeSessionId();
        AuthenticationResult result = feedback.result();
        boolean mustChange = result != null && result.mustChangePassword();
        request.getSession().setAttribute(MUST_CHANGE_PASSWORD, mustChange);
        external.redirect(external.getRequestContextPath() + (mustChange ? PasswordChangeFilter.PAGE : "/index.xhtml"));
    }

    private void refused() {
        AuthenticationResult result = feedback.result();
        password = null;
        captcha = null;
        if (result == null) {
            Messages.error("login.failed");
            return;
        }
        switch (result.outcome()) {
            case LOCKED -> Messages.error("login.locked",
                    result.lockedUntil().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            case DISABLED -> Messages.error("login.disabled");
            default -> {
                if (result.attemptsLeft() > 0) {
                    Messages.error("login.failedWithAttempts", result.attemptsLeft());
                } else {
                    Messages.error("login.failed");
                }
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCaptcha() {
        return captcha;
    }

    public void setCaptcha(String captcha) {
        this.captcha = captcha;
    }
}
