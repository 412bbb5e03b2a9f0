package cn.gov.wujin.selfcheck.notice.boundary;

/** How many 公告通知 and 系统提醒 an enterprise has not read yet. */
public record UnreadCounts(long notices, long reminders) {

    public static final UnreadCounts NONE = new UnreadCounts(0, 0);
}
