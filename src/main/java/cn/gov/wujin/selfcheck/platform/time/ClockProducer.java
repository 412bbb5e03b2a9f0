package cn.gov.wujin.selfcheck.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": injected everywhere, so that tests can set the date. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "selfcheck.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private Clock clock;

    @PostConstruct
    void init() {
        clock = Clock.system(ZoneId.of(zone));
    }

    @Produces
    Clock clock() {
        return clock;
    }
}
