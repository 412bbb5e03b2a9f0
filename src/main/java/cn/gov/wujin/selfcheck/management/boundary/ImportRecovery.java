package cn.gov.wujin.selfcheck.management.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * At start-up, the imports a stopped or killed server left running are marked 已中断 (to be continued
 * from their last committed row). Waits for the heartbeat to go stale, so that an import another
 * server of a cluster is running is left alone.
 */
@Singleton
@Startup
@DependsOn("Database")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportWork work;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.import.stale-seconds", defaultValue = "120")
    int staleSeconds;

    @PostConstruct
    void recover() {
        int interrupted = work.markInterrupted(LocalDateTime.now(clock).minusSeconds(staleSeconds));
        LOG.info("Enterprise imports interrupted by a server stop: " + interrupted);
    }
}
