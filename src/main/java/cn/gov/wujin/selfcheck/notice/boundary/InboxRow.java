package cn.gov.wujin.selfcheck.notice.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the enterprise's 公告通知 or 系统提醒 list (getters: Jakarta EL 5 does not read records). */
public final class InboxRow implements Serializable {

    private final Long id;
    private final String title;
    private final LocalDateTime receivedAt;
    private final LocalDateTime readAt;

    public InboxRow(Long id, String title, LocalDateTime receivedAt, LocalDateTime readAt) {
        this.id = id;
        this.title = title;
        this.receivedAt = receivedAt;
        this.readAt = readAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public LocalDateTime getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
}
