package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.control.CertificateStatus;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.platform.notify.Notifier;
import cn.gov.wujin.selfcheck.platform.time.DailyTask;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders about what the enterprise itself keeps: 人员证书即将到期 (within
 * {@value CertificateStatus#WARNING_DAYS} days, once per certificate date) and 已过期 (once), and
 * 单位基本信息未完善 (once per ISO week while the profile is incomplete). This component knows what is due
 * and tells the notice component through the {@link Notifier} port (it may not depend on it).
 */
@Stateless
@LocalBean
@Local(DailyTask.class)
public class EnterpriseDataReminders implements DailyTask {

    /** The kinds, as the notice component names them. */
    public static final String CERTIFICATE_EXPIRING = "CERTIFICATE_EXPIRING";
    public static final String CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED";
    public static final String PROFILE_INCOMPLETE = "PROFILE_INCOMPLETE";

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    SafetyStaffs staffs;

    @Inject
    Profiles profiles;

    @Override
    public String name() {
        return "enterprise-data";
    }

    @Override
    public int runDue() {
        LocalDate today = LocalDate.now(clock);
        List<DueReminder> expiring = new ArrayList<>();
        List<DueReminder> expired = new ArrayList<>();
        for (Object[] row : staffs.certificatesEndingBy(today.plusDays(CertificateStatus.WARNING_DAYS))) {
            LocalDate until = (LocalDate) row[3];
            boolean isExpired = CertificateStatus.of(until, today) == CertificateStatus.EXPIRED;
            String kind = isExpired ? CERTIFICATE_EXPIRED : CERTIFICATE_EXPIRING;
            String key = isExpired ? "certificateExpired" : "certificateExpiring";
            (isExpired ? expired : expiring).add(new DueReminder((Long) row[0], kind + ":" + row[1] + ":" + until,
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder." + key + ".title", row[2]),
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder." + key + ".body", row[2], until.toString()),
                    "/enterprise/profile.xhtml"));
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String title = Texts.get(Texts.DEFAULT_LOCALE, "reminder.profileIncomplete.title");
        String body = Texts.get(Texts.DEFAULT_LOCALE, "reminder.profileIncomplete.body");
        List<DueReminder> incomplete = profiles.incompleteEnterprises().stream()
                .map(id -> new DueReminder(id, PROFILE_INCOMPLETE + ":" + week, title, body, "/enterprise/profile-edit.xhtml"))
                .toList();
        return notifier.remindOnce(CERTIFICATE_EXPIRING, expiring)
                + notifier.remindOnce(CERTIFICATE_EXPIRED, expired)
                + notifier.remindOnce(PROFILE_INCOMPLETE, incomplete);
    }
}
