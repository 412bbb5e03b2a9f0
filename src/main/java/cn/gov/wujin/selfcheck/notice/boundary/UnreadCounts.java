package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;

import java.util.List;

/** How many 公告通知 and 系统提醒 an enterprise has not read yet. */
public record UnreadCounts(long notices, long reminders) {

    public static final UnreadCounts NONE = new UnreadCounts(0, 0);

    /** The counts from the rows of {@link NoticeReceipt#COUNT_UNREAD_WITH_REMINDERS}. */
    public static UnreadCounts of(List<?> rows) {
        long notices = 0;
        long reminders = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[1]).longValue();
            switch (String.valueOf(columns[0]).strip()) {
                case "N" -> notices = count;
                case "R" -> reminders = count;
                default -> throw new IllegalArgumentException("unknown count " + columns[0]);
            }
        }
        return new UnreadCounts(notices, reminders);
    }
}
