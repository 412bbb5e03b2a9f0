package cn.gov.wujin.selfcheck.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/** Says loudly at start-up when the captcha accepts a fixed test answer. */
@Singleton
@Startup
public class CaptchaTestModeWarning {

    private static final Logger LOG = Logger.getLogger(CaptchaTestModeWarning.class.getName());

    @Inject
    @ConfigProperty(name = "selfcheck.captcha.test-answer")
    Optional<String> testAnswer;

    @PostConstruct
    void warn() {
        if (testAnswer.filter(s -> !s.isBlank()).isPresent()) {
            String line = "*".repeat(78);
            LOG.warning(line + "\n*** selfcheck.captcha.test-answer IS SET: the login captcha accepts a fixed answer.\n"
                    + "*** This is for automated tests and benchmarks only. NEVER set it in production.\n" + line);
        }
    }
}
