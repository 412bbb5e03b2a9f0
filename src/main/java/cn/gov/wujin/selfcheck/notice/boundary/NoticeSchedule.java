package cn.gov.wujin.selfcheck.notice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 定时发布: every {@code selfcheck.notice.publish-interval-seconds} (default 60) and at start-up (which
 * catches up what came due while the server was down), publishes the scheduled notices whose time has
 * come, each in its own transaction, and removes attachments of notices that were never saved.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeSchedule {

    private static final Logger LOG = Logger.getLogger(NoticeSchedule.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    NoticePublishing publishing;

    @Inject
    @ConfigProperty(name = "selfcheck.notice.publish-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        timerService.createIntervalTimer(intervalSeconds * 1000, intervalSeconds * 1000,
                new TimerConfig("selfcheck-notice-publish", false));
        publishDue();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        publishDue();
        try {
            publishing.removeUnattached();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unsaved notice attachments not removed; the next run tries again", e);
        }
    }

    /** Publishes what is due; returns how many notices. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int publishDue() {
        int published = 0;
        try {
            for (Long id : publishing.dueIds()) {
                try {
                    if (publishing.publishDue(id)) {
                        published++;
                    }
                } catch (RuntimeException e) {
                    // Another server published it first (its version moved), or the database failed: the next tick looks again.
                    LOG.log(Level.INFO, "Notice " + id + " not published now", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled notices not published; the next run tries again", e);
        }
        return published;
    }
}
