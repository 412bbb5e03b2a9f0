package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.inspection.control.Periods;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the monthly automatic submission (武政办发〔2013〕110号: unsubmitted records go up on the 25th)
 * on the configured day and hour, and at start-up catches up a run that was missed while the server
 * was down. The timer only starts the work; {@link Inspections#autoSubmitDue()} is idempotent.
 */
@Singleton
@Startup
@DependsOn("Database")
public class AutoSubmitSchedule {

    private static final Logger LOG = Logger.getLogger(AutoSubmitSchedule.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    Inspections inspections;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.day", defaultValue = "25")
    int day;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.hour", defaultValue = "1")
    int hour;

    @Inject
    @ConfigProperty(name = "selfcheck.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /**
     * Outside a transaction on purpose: creating a timer is transactional, so in one start-up
     * transaction a failed catch-up (rolled back) would silently cancel the monthly timer too.
     * The catch-up runs in a transaction of its own ({@link Inspections} is a boundary).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Timer timer = timerService.createCalendarTimer(new ScheduleExpression().dayOfMonth(Periods.timerDayOfMonth(day))
                .hour(hour).minute(0).second(0).timezone(zone), new TimerConfig("selfcheck-auto-submit", false));
        LOG.info(() -> "Automatic submission scheduled on day " + day + " at " + hour + ":00 (" + zone + "), next run "
                + timer.getNextTimeout().toInstant());
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The application must still start; the next run (timer or restart) tries again.
            LOG.log(Level.SEVERE, "The start-up catch-up of the automatic submission failed", e);
        }
    }

    /** What start-up does: submit whatever became due while the server was down. */
    public int catchUp() {
        return inspections.autoSubmitDue();
    }

    @Timeout
    void monthly() {
        inspections.autoSubmitDue();
    }
}
