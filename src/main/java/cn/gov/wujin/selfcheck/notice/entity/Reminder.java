package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/** 系统提醒: a message the system generated for one enterprise (no self-inspection this month, a deadline...). */
@Entity
@Table(name = "reminder")
@NamedQuery(name = Reminder.COUNT_UNREAD,
        query = "SELECT COUNT(r) FROM Reminder r WHERE r.enterprise.id = :enterpriseId AND r.readAt IS NULL")
public class Reminder {

    public static final String COUNT_UNREAD = "Reminder.countUnread";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected Reminder() {
    }

    public Reminder(Enterprise enterprise, String kind, String title, String body, LocalDateTime createdAt) {
        this.enterprise = Objects.requireNonNull(enterprise);
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.body = body;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void markRead(LocalDateTime when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
