package cn.gov.wujin.selfcheck.platform.notify;

/**
 * A 系统提醒 a component says is due for one enterprise: for which cause (unique per enterprise, so that
 * the same cause never gives a second one), what it says and which page it is about (application-relative,
 * or null).
 */
public record DueReminder(Long enterpriseId, String causeKey, String title, String body, String link) {
}
