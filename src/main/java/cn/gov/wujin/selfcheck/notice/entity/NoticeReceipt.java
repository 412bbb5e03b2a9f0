package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/** That one enterprise received a notice, and whether it has read it. */
@Entity
@Table(name = "notice_receipt")
@NamedQuery(name = NoticeReceipt.FIND, query = "SELECT r FROM NoticeReceipt r JOIN FETCH r.notice n"
        + " WHERE n.id = :noticeId AND r.enterpriseId = :enterpriseId")
@NamedQuery(name = NoticeReceipt.UNREAD_OF_NOTICE, query = "SELECT r.enterpriseId FROM NoticeReceipt r"
        + " WHERE r.notice.id = :noticeId AND r.readAt IS NULL ORDER BY r.enterpriseId")
@NamedQuery(name = NoticeReceipt.COUNT_UNREAD_OF_NOTICE, query = "SELECT COUNT(r) FROM NoticeReceipt r"
        + " WHERE r.notice.id = :noticeId AND r.readAt IS NULL")
@NamedNativeQuery(name = NoticeReceipt.COUNT_UNREAD_WITH_REMINDERS,
        query = "SELECT 'N', COUNT(*) FROM notice_receipt WHERE enterprise_id = ?1 AND read_at IS NULL"
                + " UNION ALL SELECT 'R', COUNT(*) FROM reminder WHERE enterprise_id = ?1 AND read_at IS NULL")
public class NoticeReceipt {

    public static final String FIND = "NoticeReceipt.find";
    public static final String UNREAD_OF_NOTICE = "NoticeReceipt.unreadOfNotice";
    public static final String COUNT_UNREAD_OF_NOTICE = "NoticeReceipt.countUnreadOfNotice";
    /**
     * The unread notices ({@code 'N'}) and reminders ({@code 'R'}) of enterprise {@code ?1} in one
     * statement: rows of {tag, count}. Receipts exist only for published notices.
     */
    public static final String COUNT_UNREAD_WITH_REMINDERS = "NoticeReceipt.countUnreadWithReminders";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_receipt_seq")
    @SequenceGenerator(name = "notice_receipt_seq", sequenceName = "notice_receipt_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected NoticeReceipt() {
    }

    public NoticeReceipt(Notice notice, Long enterpriseId) {
        this.notice = Objects.requireNonNull(notice);
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
    }

    public void markRead(LocalDateTime when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Notice getNotice() {
        return notice;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
