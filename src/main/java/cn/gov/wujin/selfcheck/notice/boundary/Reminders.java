package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * 系统提醒 as the other components send them: one row per enterprise, written in the caller's
 * transaction (a decision that fails leaves no reminder behind). The notice component never reads
 * what the reminder is about.
 */
@Stateless
public class Reminders {

    /** 重大隐患状态变更: an officer decided on one of the enterprise's major hazards. */
    public static final String MAJOR_HAZARD_DECISION = "MAJOR_HAZARD_DECISION";

    /** 隐患代报 and 复查: an officer recorded a hazard for the enterprise, or rechecked one it rectified. */
    public static final String OFFICER_HAZARD = "OFFICER_HAZARD";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void remind(Long enterpriseId, String kind, String title, String body) {
        em.persist(new Reminder(em.getReference(Enterprise.class, enterpriseId), kind, truncate(title, 200),
                truncate(body, 4000), LocalDateTime.now(clock)));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
