package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.boundary.SafetyStaffs;
import cn.gov.wujin.selfcheck.enterprise.control.CertificateStatus;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
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
 * 单位基本信息未完善 (once per ISO week while the profile is incomplete). The enterprise component says
 * whose data is due; this component only words and sends the reminders.
 */
@Stateless
@LocalBean
@Local(DailyTask.class)
public class EnterpriseDataReminders implements DailyTask {

    @Inject
    Clock clock;

    @Inject
    Reminders reminders;

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
        List<ReminderDraft> expiring = new ArrayList<>();
        List<ReminderDraft> expired = new ArrayList<>();
        for (Object[] row : staffs.certificatesEndingBy(today.plusDays(CertificateStatus.WARNING_DAYS))) {
            LocalDate until = (LocalDate) row[3];
            boolean isExpired = CertificateStatus.of(until, today) == CertificateStatus.EXPIRED;
            String kind = isExpired ? Reminders.CERTIFICATE_EXPIRED : Reminders.CERTIFICATE_EXPIRING;
            String key = isExpired ? "certificateExpired" : "certificateExpiring";
            (isExpired ? expired : expiring).add(new ReminderDraft((Long) row[0], kind + ":" + row[1] + ":" + until,
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder." + key + ".title", row[2]),
                    Texts.get(Texts.DEFAULT_LOCALE, "reminder." + key + ".body", row[2], until.toString()),
                    "/enterprise/profile.xhtml"));
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String title = Texts.get(Texts.DEFAULT_LOCALE, "reminder.profileIncomplete.title");
        String body = Texts.get(Texts.DEFAULT_LOCALE, "reminder.profileIncomplete.body");
        List<ReminderDraft> incomplete = profiles.incompleteEnterprises().stream()
                .map(id -> new ReminderDraft(id, Reminders.PROFILE_INCOMPLETE + ":" + week, title, body, "/enterprise/profile-edit.xhtml"))
                .toList();
        return reminders.remindOnce(Reminders.CERTIFICATE_EXPIRING, expiring)
                + reminders.remindOnce(Reminders.CERTIFICATE_EXPIRED, expired)
                + reminders.remindOnce(Reminders.PROFILE_INCOMPLETE, incomplete);
    }
}
