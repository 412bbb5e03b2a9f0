package cn.gov.wujin.selfcheck.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/** The one source of "now": injected everywhere, so that tests can set the date. */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "selfcheck.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "selfcheck.test-support.enabled", defaultValue = "false")
    boolean testSupport;

    /** TESTS ONLY (with selfcheck.test-support.enabled): the local date-time the clock shows at start-up. */
    @Inject
    @ConfigProperty(name = "selfcheck.test-support.start-at")
    Optional<String> startAt;

    private AdjustableClock clock;

    @PostConstruct
    void init() {
        clock = new AdjustableClock(ZoneId.of(zone));
        if (testSupport && startAt.isPresent()) {
            setNow(LocalDateTime.parse(startAt.get()));
        }
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** Shifts the clock so that it now shows the given local time. Test support only. */
    public void setNow(LocalDateTime localNow) {
        if (!testSupport) {
            throw new IllegalStateException("the clock can only be set with selfcheck.test-support.enabled");
        }
        Instant target = localNow.atZone(clock.getZone()).toInstant();
        clock.setOffset(Duration.between(Instant.now(), target));
        LOG.warning(() -> "TEST SUPPORT: the application clock now shows " + localNow);
    }
}
