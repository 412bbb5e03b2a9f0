package cn.gov.wujin.selfcheck.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/** PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "selfcheck.password.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /**
     * The iterations of a generated one-time password's hash: such a password is random (about 58
     * bits) and replaced at its first use, so it needs far fewer than a chosen password; this keeps
     * a batch of 30,000 new accounts from spending an hour in PBKDF2.
     */
    @Inject
    @ConfigProperty(name = "selfcheck.password.one-time-iterations", defaultValue = "10000")
    int oneTimeIterations;

    @Inject
    Pbkdf2PasswordHash oneTimeHash;

    /**
     * The hash of the manual's initial password 123456, computed once at start-up: it is public, so all
     * may share it. It is also what a login with an unknown user name is compared against, so that the
     * answer takes as long as for a known one (the comparison's result is never used).
     */
    private String initialHash;

    /** Made at start-up, so the 210,000 PBKDF2 rounds of the shared hash are not spent in the first login or import. */
    void atStartup(@Observes Startup startup) {
        // the observer's only purpose is to create the bean
    }

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        initialHash = hash.generate(PasswordPolicy.INITIAL_PASSWORD.toCharArray());
        oneTimeHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(oneTimeIterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The hash of an initial password: the shared one for 123456, a cheaper one for a generated one-time password. */
    public String hashInitial(String password, boolean generated) {
        if (generated) {
            return oneTimeHash.generate(password.toCharArray());
        }
        if (!PasswordPolicy.INITIAL_PASSWORD.equals(password)) {
            return hash(password);
        }
        return initialHash;
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    public void spendTimeForUnknownUser(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), initialHash);
    }
}
