package cn.gov.wujin.selfcheck.account.boundary;

import jakarta.enterprise.context.RequestScoped;

/** Carries the detail of a refused login from the identity store to the login page. */
@RequestScoped
public class LoginFeedback {

    private AuthenticationResult result;

    public AuthenticationResult result() {
        return result;
    }

    void record(AuthenticationResult result) {
        this.result = result;
    }
}
