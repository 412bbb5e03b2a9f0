package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.notify.Notifier;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 系统提醒 as the other components send them, written in the caller's transaction (a decision that
 * fails leaves no reminder behind) and e-mailed through the outbox. The notice component never reads
 * what a reminder is about: the sender says it.
 */
@Stateless
@LocalBean
@Local(Notifier.class)
public class Reminders implements Notifier {

    /** 本月尚未进行自查自改. */
    public static final String NOT_INSPECTED = "NOT_INSPECTED";
    /** 自查记录已自动上报. */
    public static final String AUTO_SUBMITTED = "AUTO_SUBMITTED";
    /** 隐患整改期限将至. */
    public static final String DEADLINE_NEAR = "DEADLINE_NEAR";
    /** 隐患整改已逾期. */
    public static final String OVERDUE = "OVERDUE";
    /** 重大隐患状态变更: an officer decided on one of the enterprise's major hazards. */
    public static final String MAJOR_HAZARD_DECISION = "MAJOR_HAZARD_DECISION";
    /** 隐患代报 and 复查: an officer recorded a hazard for the enterprise, or rechecked one it rectified. */
    public static final String OFFICER_HAZARD = "OFFICER_HAZARD";
    // 人员证书即将到期 / 已过期 and 单位基本信息未完善 are the enterprise component's (EnterpriseDataReminders),
    // which tells them through the Notifier port.
    /** 公告通知未读: an officer reminded the recipients that have not read a notice. */
    public static final String NOTICE_UNREAD = "NOTICE_UNREAD";

    /** How many cause keys one query looks up. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mails mails;

    /** A reminder that has no cause to repeat (an officer's decision): always written. */
    public void remind(Long enterpriseId, String kind, String title, String body) {
        remind(enterpriseId, kind, title, body, null);
    }

    public void remind(Long enterpriseId, String kind, String title, String body, String link) {
        DueReminder draft = new DueReminder(enterpriseId, null, title, body, link);
        persist(kind, draft, LocalDateTime.now(clock));
        mails.enqueueForEnterprises(Map.of(enterpriseId, draft));
    }

    /**
     * Writes the drafts whose cause the enterprise has no reminder for yet, and returns how many. Run
     * twice it writes nothing the second time. Two runs at the same moment cannot both write one: the
     * database's unique key (enterprise, cause) fails the later transaction, whose caller runs again
     * and then finds the reminders there (see {@code DailySchedule}).
     */
    @Override
    public int remindOnce(String kind, List<DueReminder> drafts) {
        Map<String, DueReminder> wanted = new LinkedHashMap<>();
        // A disabled (停用) enterprise gets no reminders, whatever component asks for them.
        Set<Long> disabled = new HashSet<>(em.createQuery("SELECT e.id FROM Enterprise e WHERE e.active = FALSE", Long.class)
                .getResultList());
        for (DueReminder draft : drafts) {
            if (draft.causeKey() == null) {
                throw new IllegalArgumentException("a reminder sent once names its cause");
            }
            if (disabled.contains(draft.enterpriseId())) {
                continue;
            }
            wanted.putIfAbsent(draft.enterpriseId() + "|" + draft.causeKey(), draft);
        }
        Set<String> existing = existing(wanted.values().stream().map(DueReminder::causeKey).distinct().toList());
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, DueReminder> written = new LinkedHashMap<>();
        for (Map.Entry<String, DueReminder> entry : wanted.entrySet()) {
            if (!existing.contains(entry.getKey())) {
                persist(kind, entry.getValue(), now);
                // One cause per enterprise and run in practice; were there two, the mail tells the first.
                written.putIfAbsent(entry.getValue().enterpriseId(), entry.getValue());
            }
        }
        em.flush();
        mails.enqueueForEnterprises(written);
        return (int) wanted.keySet().stream().filter(key -> !existing.contains(key)).count();
    }

    private Set<String> existing(List<String> causeKeys) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < causeKeys.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(causeKeys.subList(from, Math.min(causeKeys.size(), from + CHUNK)));
            for (Object[] row : em.createQuery("SELECT r.enterpriseId, r.causeKey FROM Reminder r WHERE r.causeKey IN :keys",
                    Object[].class).setParameter("keys", chunk).getResultList()) {
                existing.add(row[0] + "|" + row[1]);
            }
        }
        return existing;
    }

    private void persist(String kind, DueReminder draft, LocalDateTime now) {
        em.persist(new Reminder(draft.enterpriseId(), kind, draft.causeKey(), truncate(draft.title(), Reminder.TITLE_LENGTH),
                truncate(draft.body(), Reminder.BODY_LENGTH), draft.link(), now));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
