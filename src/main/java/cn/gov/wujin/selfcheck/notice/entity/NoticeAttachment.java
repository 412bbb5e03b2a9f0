package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file of a notice, checked by content ({@link DocumentCheck}) and kept in the database. Uploaded
 * while the notice is written it belongs to its uploader only; saving the notice attaches it.
 */
@Entity
@Table(name = "notice_attachment")
@NamedQuery(name = NoticeAttachment.INFO_OF_NOTICE, query = "SELECT NEW cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo("
        + "a.id, a.fileName, a.format, a.byteSize) FROM NoticeAttachment a WHERE a.notice.id = :noticeId ORDER BY a.id")
@NamedQuery(name = NoticeAttachment.INFO_OF_ARTICLE, query = "SELECT NEW cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo("
        + "a.id, a.fileName, a.format, a.byteSize) FROM NoticeAttachment a WHERE a.article.id = :articleId ORDER BY a.id")
@NamedQuery(name = NoticeAttachment.CONTENT, query = "SELECT a.content FROM NoticeAttachment a WHERE a.id = :id")
@NamedQuery(name = NoticeAttachment.DELETE_UNATTACHED, query = "DELETE FROM NoticeAttachment a"
        + " WHERE a.notice IS NULL AND a.article IS NULL AND a.uploadedAt < :before")
public class NoticeAttachment {

    public static final String INFO_OF_NOTICE = "NoticeAttachment.infoOfNotice";
    public static final String INFO_OF_ARTICLE = "NoticeAttachment.infoOfArticle";
    public static final String CONTENT = "NoticeAttachment.content";
    public static final String DELETE_UNATTACHED = "NoticeAttachment.deleteUnattached";
    public static final int MAX_PER_NOTICE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_attachment_seq")
    @SequenceGenerator(name = "notice_attachment_seq", sequenceName = "notice_attachment_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private Notice notice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "uploader_id", nullable = false)
    private Long uploaderId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DocumentCheck.Format format;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected NoticeAttachment() {
    }

    public NoticeAttachment(Long uploaderId, String fileName, DocumentCheck.Format format, byte[] content, LocalDateTime now) {
        this.uploaderId = Objects.requireNonNull(uploaderId);
        this.fileName = Objects.requireNonNull(fileName);
        this.format = Objects.requireNonNull(format);
        this.mediaType = format.mediaType;
        this.content = content.clone();
        this.byteSize = content.length;
        this.uploadedAt = Objects.requireNonNull(now);
    }

    /** Attaches the file to the notice its uploader saves; a file already attached stays where it is. */
    public boolean attachTo(Notice target, Long saver) {
        if (notice != null || article != null || !uploaderId.equals(saver)) {
            return false;
        }
        notice = target;
        return true;
    }

    /** Attaches the file to the article its uploader saves; a file already attached stays where it is. */
    public boolean attachTo(Article target, Long saver) {
        if (notice != null || article != null || !uploaderId.equals(saver)) {
            return false;
        }
        article = target;
        return true;
    }

    public Article getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public Notice getNotice() {
        return notice;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentCheck.Format getFormat() {
        return format;
    }

    public String getMediaType() {
        return mediaType;
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, fileName, format, byteSize);
    }
}
