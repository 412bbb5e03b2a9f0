package cn.gov.wujin.selfcheck.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link DailyTask} each day at {@code selfcheck.reminders.hour} (default 7:00,
 * {@code selfcheck.zone}) and once at start-up, which catches up a day missed while the server was
 * down. The timer only starts the work; each task runs in its own transaction, a task that fails is
 * run once more (the second run sees what a concurrent one wrote), and a failure of one does not stop
 * the others.
 */
@Singleton
@Startup
// After the demo data (when enabled) too, so that a demo server's first catch-up sees its enterprises.
@DependsOn({"Database", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DailySchedule {

    private static final Logger LOG = Logger.getLogger(DailySchedule.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    @Any
    Instance<DailyTask> tasks;

    @Inject
    @ConfigProperty(name = "selfcheck.reminders.hour", defaultValue = "7")
    int hour;

    @Inject
    @ConfigProperty(name = "selfcheck.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** Outside a transaction, as {@code AutoSubmitSchedule}: a failed catch-up must not cancel the timer. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Timer timer = timerService.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0).timezone(zone),
                new TimerConfig("selfcheck-daily-reminders", false));
        LOG.info(() -> "Daily reminders scheduled at " + hour + ":00 (" + zone + "), next run " + timer.getNextTimeout().toInstant());
        runAll();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        runAll();
    }

    /** Every task once; returns what each did. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> runAll() {
        Map<String, Integer> done = new LinkedHashMap<>();
        for (DailyTask task : tasks) {
            try {
                done.put(task.name(), run(task));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Daily task " + task.name() + " failed twice; the next run tries again", e);
            }
        }
        return done;
    }

    /** One task by its name (the test support runs them with a set clock); empty for an unknown name. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Integer> runOne(String name) {
        for (DailyTask task : tasks) {
            if (task.name().equals(name)) {
                return Optional.of(run(task));
            }
        }
        return Optional.empty();
    }

    private static int run(DailyTask task) {
        try {
            return task.runDue();
        } catch (RuntimeException first) {
            LOG.log(Level.INFO, "Daily task " + task.name() + " failed once (a concurrent run?); running it again", first);
            return task.runDue();
        }
    }
}
