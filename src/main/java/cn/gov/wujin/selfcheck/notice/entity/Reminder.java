package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 系统提醒: a message the system generated for one enterprise (no self-inspection this month, a
 * deadline...). A reminder with a cause key exists once per enterprise and cause.
 */
@Entity
@Table(name = "reminder")
@NamedQuery(name = Reminder.COUNT_CAUSE, query = "SELECT COUNT(r) FROM Reminder r"
        + " WHERE r.enterpriseId = :enterpriseId AND r.causeKey = :causeKey")
public class Reminder {

    public static final String COUNT_CAUSE = "Reminder.countCause";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int CAUSE_LENGTH = 120;
    public static final int LINK_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "cause_key", length = CAUSE_LENGTH)
    private String causeKey;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    /** An application-relative page the reminder is about ("/enterprise/hazard.xhtml?id=5"), or null. */
    @Column(length = LINK_LENGTH)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected Reminder() {
    }

    public Reminder(Long enterpriseId, String kind, String causeKey, String title, String body, String link,
                    LocalDateTime createdAt) {
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
        this.kind = Objects.requireNonNull(kind);
        if (causeKey != null && causeKey.length() > CAUSE_LENGTH) {
            throw new IllegalArgumentException("cause key too long: " + causeKey);
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_LENGTH)) {
            throw new IllegalArgumentException("not an application-relative link: " + link);
        }
        this.causeKey = causeKey;
        this.title = Objects.requireNonNull(title);
        this.body = body;
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void markRead(LocalDateTime when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getKind() {
        return kind;
    }

    public String getCauseKey() {
        return causeKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
