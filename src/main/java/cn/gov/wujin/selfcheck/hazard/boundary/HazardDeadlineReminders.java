package cn.gov.wujin.selfcheck.hazard.boundary;

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

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 隐患整改期限将至 ({@value #NEAR_DAYS} days before the 完成期限, once per deadline) and 隐患整改已逾期
 * (the day after it, then once a week while the hazard stays open), for every hazard that is not
 * closed and not part of a draft record. The deadline is part of the cause, so an extended deadline
 * is reminded of again.
 */
@Stateless
@LocalBean
@Local(DailyTask.class)
public class HazardDeadlineReminders implements DailyTask {

    public static final int NEAR_DAYS = 3;

    private static final String OPEN_HAZARDS = "SELECT h.id, h.enterprise.id, h.location, h.deadline FROM Hazard h"
            + " WHERE h.status <> cn.gov.wujin.selfcheck.hazard.entity.HazardStatus.CLOSED"
            + " AND h.originInspectionId IS NULL AND h.deadline ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Reminders reminders;

    @Override
    public String name() {
        return "hazard-deadlines";
    }

    @Override
    public int runDue() {
        LocalDate today = LocalDate.now(clock);
        List<DueReminder> near = new ArrayList<>();
        for (Object[] row : em.createQuery(OPEN_HAZARDS + "BETWEEN :today AND :until ORDER BY h.id", Object[].class)
                .setParameter("today", today).setParameter("until", today.plusDays(NEAR_DAYS)).getResultList()) {
            LocalDate deadline = (LocalDate) row[3];
            near.add(new DueReminder((Long) row[1], Reminders.DEADLINE_NEAR + ":" + row[0] + ":" + deadline,
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder.deadlineNear.title", row[2]),
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder.deadlineNear.body", row[2], deadline.toString()),
                    "/enterprise/hazard.xhtml?id=" + row[0]));
        }
        List<DueReminder> overdue = new ArrayList<>();
        for (Object[] row : em.createQuery(OPEN_HAZARDS + "< :today ORDER BY h.id", Object[].class)
                .setParameter("today", today).getResultList()) {
            LocalDate deadline = (LocalDate) row[3];
            long daysOver = ChronoUnit.DAYS.between(deadline, today);
            long week = (daysOver - 1) / 7;
            overdue.add(new DueReminder((Long) row[1], Reminders.OVERDUE + ":" + row[0] + ":" + deadline + ":" + week,
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder.overdue.title", row[2]),
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder.overdue.body", row[2], deadline.toString(), daysOver),
                    "/enterprise/hazard.xhtml?id=" + row[0]));
        }
        return reminders.remindOnce(Reminders.DEADLINE_NEAR, near) + reminders.remindOnce(Reminders.OVERDUE, overdue);
    }
}
