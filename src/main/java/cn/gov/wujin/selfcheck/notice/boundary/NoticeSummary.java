package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.NoticeStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the officers' notice list with its read rate. */
public final class NoticeSummary implements Serializable {

    private final Long id;
    private final String title;
    private final LocalDateTime publishedAt;
    private final NoticeStatus status;
    private final String authorName;
    private final int recipients;
    private final long read;

    public NoticeSummary(Long id, String title, LocalDateTime publishedAt, NoticeStatus status, String authorName,
                         int recipients, long read) {
        this.id = id;
        this.title = title;
        this.publishedAt = publishedAt;
        this.status = status;
        this.authorName = authorName;
        this.recipients = recipients;
        this.read = read;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public NoticeStatus getStatus() { return status; }
    public String getAuthorName() { return authorName; }
    public int getRecipients() { return recipients; }
    public long getRead() { return read; }

    /** 阅读率 in whole percent; 0 without recipients. */
    public int getReadRate() {
        return recipients == 0 ? 0 : (int) Math.round(read * 100.0 / recipients);
    }
}
