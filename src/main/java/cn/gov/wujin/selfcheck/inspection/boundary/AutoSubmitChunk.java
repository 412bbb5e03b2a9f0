package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;
import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.notice.boundary.Reminders;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk of the monthly automatic submission ({@link Inspections#autoSubmitDue()}), in a
 * transaction of its own: the chunk's rows are locked, and only those still drafts of a due period
 * are submitted. A run that overlaps on another cluster member waits for the lock, then finds them
 * submitted; a run after a crash finds the committed chunks submitted and does the rest.
 */
@Stateless
public class AutoSubmitChunk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Hazards hazards;

    @Inject
    Reminders reminders;

    @Inject
    Audit audit;

    /**
     * Submits those of the given records that are still drafts of a period up to {@code period}; returns
     * how many. The rows are locked first (by id only, see {@link SelfInspection#FIND_AMONG}), so their
     * state is read under the lock and {@link SelfInspection#autoSubmit(Clock)} decides on it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int submit(List<Long> ids, String period) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<SelfInspection> records = em.createNamedQuery(SelfInspection.FIND_AMONG, SelfInspection.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<Long> submitted = new ArrayList<>();
        Map<String, DueReminder> told = new LinkedHashMap<>();
        for (SelfInspection record : records) {
            if (record.getPeriod().compareTo(period) <= 0 && record.autoSubmit(clock)) {
                submitted.add(record.getId());
                audit.record(Audit.SYSTEM, null, AuditAction.INSPECTION_AUTO_SUBMITTED, "inspection", record.getId(),
                        record.getEnterprise().getName(), record.getPeriod());
                told.putIfAbsent(record.getEnterprise().getId() + record.getPeriod(), autoSubmitted(record));
            }
        }
        em.flush();
        hazards.releaseFromDrafts(submitted);
        reminders.remindOnce(Reminders.AUTO_SUBMITTED, List.copyOf(told.values()));
        return submitted.size();
    }

    /** 自查记录已自动上报: one reminder per enterprise and period, however many of its records went up. */
    private static DueReminder autoSubmitted(SelfInspection record) {
        YearMonth month = YearMonth.parse(record.getPeriod());
        return new DueReminder(record.getEnterprise().getId(), Reminders.AUTO_SUBMITTED + ":" + record.getPeriod(),
                Texts.get(Texts.DEFAULT_LOCALE, "reminder.autoSubmitted.title", month.getYear(), month.getMonthValue()),
                Texts.get(Texts.DEFAULT_LOCALE, "reminder.autoSubmitted.body", month.getYear(), month.getMonthValue()),
                "/enterprise/inspections.xhtml");
    }
}
