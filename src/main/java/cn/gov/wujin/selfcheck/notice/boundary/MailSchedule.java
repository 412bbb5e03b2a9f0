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

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code selfcheck.mail.send-interval-seconds} (default 60) sends the outbox's due mail, batch after
 * batch while full batches go out. A tick that comes while the last one still sends is skipped.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    MailSender sender;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.send-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.batch-size", defaultValue = "50")
    int batchSize;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        timerService.createIntervalTimer(intervalSeconds * 1000, intervalSeconds * 1000, new TimerConfig("selfcheck-mail", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        sendDue();
    }

    /** Sends what is due now; returns how many messages went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int sent = 0;
            int batch;
            do {
                batch = sender.sendDue();
                sent += batch;
            } while (batch == batchSize);
            return sent;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail not sent now; the next run tries again", e);
            return 0;
        } finally {
            running.set(false);
        }
    }
}
