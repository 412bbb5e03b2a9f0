package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A notice as its recipient reads it: the sanitised body and the attachments' names. */
public final class NoticeDocument implements Serializable {

    private final Long id;
    private final String title;
    private final String body;
    private final LocalDateTime publishedAt;
    private final String authorName;
    private final List<AttachmentInfo> attachments;

    public NoticeDocument(Long id, String title, String body, LocalDateTime publishedAt, String authorName,
                          List<AttachmentInfo> attachments) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.authorName = authorName;
        this.attachments = List.copyOf(attachments);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    /** Sanitised when it was saved ({@code SafeHtml}); the page shows it as HTML. */
    public String getBody() { return body; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getAuthorName() { return authorName; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
}
