package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One e-mail to one address in the outbox: written by the business transaction, sent later by
 * {@code MailSender}. The claim columns say which sender holds it until when; a claim that ran out
 * (a sender that died) is free again.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = MailMessage.DUE_IDS, query = "SELECT m.id FROM MailMessage m WHERE m.status = "
        + "cn.gov.wujin.selfcheck.notice.entity.MailStatus.PENDING AND m.nextAttemptAt <= :now"
        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = MailMessage.CLAIM, query = "UPDATE MailMessage m SET m.claimedBy = :token, m.claimedUntil = :until,"
        + " m.version = m.version + 1 WHERE m.id = :id AND m.status = cn.gov.wujin.selfcheck.notice.entity.MailStatus.PENDING"
        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(name = MailMessage.COUNT_BY_STATUS, query = "SELECT m.status, COUNT(m) FROM MailMessage m GROUP BY m.status")
public class MailMessage {

    public static final String DUE_IDS = "MailMessage.dueIds";
    public static final String CLAIM = "MailMessage.claim";
    public static final String COUNT_BY_STATUS = "MailMessage.countByStatus";
    public static final int ADDRESS_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 24000;
    public static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body_html", nullable = false, length = BODY_LENGTH)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = BODY_LENGTH)
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Version
    private long version;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String bodyHtml, String bodyText, LocalDateTime now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.bodyHtml = Objects.requireNonNull(bodyHtml);
        this.bodyText = Objects.requireNonNull(bodyText);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now);
        this.createdAt = now;
    }

    /** Whether the claim of {@code token} still holds it (a sender that outlived its claim lost it). */
    public boolean isClaimedBy(String token) {
        return status == MailStatus.PENDING && token.equals(claimedBy);
    }

    public void sent(LocalDateTime now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        release();
    }

    /**
     * A failed try: retried after {@code base} × 2^(tries - 1), or 发送失败 once {@code maxAttempts} tries
     * have failed.
     */
    public void failed(String error, LocalDateTime now, Duration base, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(base.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
        release();
    }

    /** 重新发送 of a message that failed: tried again at once, with all its tries. */
    public void resend(LocalDateTime now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("only a failed message is sent again");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBodyHtml() { return bodyHtml; }
    public String getBodyText() { return bodyText; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSentAt() { return sentAt; }
}
