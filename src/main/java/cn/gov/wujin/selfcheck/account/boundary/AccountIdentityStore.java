package cn.gov.wujin.selfcheck.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/** The identity store over the {@code user_account} table: the caller's groups are its role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    LoginFeedback feedback;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AuthenticationResult result = accounts.authenticate(credential.getCaller(),
                credential.getPasswordAsString(), request.getRemoteAddr());
        feedback.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }
}
