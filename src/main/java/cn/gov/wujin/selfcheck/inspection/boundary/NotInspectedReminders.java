package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.inspection.control.Periods;
import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.notice.boundary.Reminders;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.time.DailyTask;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Clock;
import java.util.List;

/**
 * 本月尚未进行自查自改: from {@code selfcheck.reminders.not-inspected-day} (default the 20th) on, every
 * enterprise without a saved or submitted record of the month is reminded, once per month.
 */
@Stateless
@LocalBean
@Local(DailyTask.class)
public class NotInspectedReminders implements DailyTask {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "selfcheck.reminders.not-inspected-day", defaultValue = "20")
    int day;

    @Override
    public String name() {
        return "not-inspected";
    }

    @Override
    public int runDue() {
        LocalDate today = LocalDate.now(clock);
        if (today.getDayOfMonth() < day) {
            return 0;
        }
        YearMonth month = YearMonth.from(today);
        String period = Periods.format(month);
        // A disabled (停用) enterprise is no longer supervised: it is not reminded.
        List<Long> enterprises = em.createQuery("SELECT e.id FROM Enterprise e WHERE e.active = :active AND NOT EXISTS"
                + " (SELECT i.id FROM SelfInspection i WHERE i.enterprise = e AND i.period = :period) ORDER BY e.id", Long.class)
                // Bound: with the subquery EclipseLink would print the values, a Boolean as 1, which Derby's BOOLEAN refuses.
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .setParameter("active", true).setParameter("period", period).getResultList();
        String title = Texts.get(Texts.DEFAULT_LOCALE, "reminder.notInspected.title", month.getYear(), month.getMonthValue());
        String body = Texts.get(Texts.DEFAULT_LOCALE, "reminder.notInspected.body", month.getYear(), month.getMonthValue());
        return reminders.remindOnce(Reminders.NOT_INSPECTED, enterprises.stream()
                .map(id -> new DueReminder(id, Reminders.NOT_INSPECTED + ":" + period, title, body, "/enterprise/inspections.xhtml"))
                .toList());
    }
}
