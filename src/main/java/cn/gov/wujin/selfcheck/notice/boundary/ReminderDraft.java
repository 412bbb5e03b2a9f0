package cn.gov.wujin.selfcheck.notice.boundary;

/**
 * One reminder a component wants sent: to whom, for which cause (unique per enterprise: the same
 * cause never gives a second reminder), what it says and which page it is about (application-relative, or null).
 */
public record ReminderDraft(Long enterpriseId, String causeKey, String title, String body, String link) {
}
