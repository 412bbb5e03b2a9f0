package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * 公告通知: a notice from an officer to an audience within the officer's scope; each enterprise it
 * reaches gets a {@link NoticeReceipt} when it is published, at once or at the set time.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.DUE, query = "SELECT n.id FROM Notice n WHERE n.status = "
        + "cn.gov.wujin.selfcheck.notice.entity.NoticeStatus.SCHEDULED AND n.publishedAt <= :now ORDER BY n.publishedAt, n.id")
public class Notice {

    public static final String DUE = "Notice.due";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    /** When it is (or will be) published. */
    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeStatus status;

    @Column(name = "send_mail", nullable = false)
    private boolean sendMail;

    @Embedded
    private Audience audience;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "notice_pick", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "enterprise_id")
    private Set<Long> picked = new HashSet<>();

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", length = 16)
    private Role authorRole;

    @Column(name = "author_town_id")
    private Long authorTownId;

    @Column(name = "author_department_id")
    private Long authorDepartmentId;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "recipient_count", nullable = false)
    private int recipientCount;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Notice() {
    }

    /**
     * A notice by {@code author} (an officer) to {@code audience}, published at {@code publishAt}; it waits
     * as {@link NoticeStatus#SCHEDULED} until {@link #publish} gives it its recipients.
     */
    public Notice(CallerScope author, String title, String body, Audience audience, Set<Long> picked,
                  boolean sendMail, LocalDateTime publishAt, LocalDateTime now) {
        if (author.isEnterprise()) {
            throw new IllegalArgumentException("an enterprise writes no notices");
        }
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.audience = Objects.requireNonNull(audience);
        if (audience.getKind() == AudienceKind.PICKED) {
            if (picked == null || picked.isEmpty()) {
                throw new IllegalArgumentException("a picked audience names its enterprises");
            }
            this.picked.addAll(picked);
        }
        this.sendMail = sendMail;
        this.publishedAt = Objects.requireNonNull(publishAt);
        this.createdAt = Objects.requireNonNull(now);
        this.status = NoticeStatus.SCHEDULED;
        this.authorId = author.accountId();
        this.authorRole = author.role();
        this.authorTownId = author.townId();
        this.authorDepartmentId = author.departmentId();
        this.authorName = author.signature();
    }

    /** The author's scope, within which the audience is resolved and the read rate is seen. */
    public CallerScope authorScope() {
        return new CallerScope(authorId, authorName, authorRole, null, authorTownId, authorDepartmentId, authorName);
    }

    /** Whether an officer may see this notice's recipients and read rate: its author, or one whose scope holds the author's. */
    public boolean visibleTo(CallerScope caller) {
        if (caller.isEnterprise()) {
            return false;
        }
        if (caller.seesWholeDistrict() || Objects.equals(caller.accountId(), authorId)) {
            return true;
        }
        return switch (caller.role()) {
            case TOWN -> authorRole == Role.TOWN && Objects.equals(caller.townId(), authorTownId);
            case INDUSTRY -> authorRole == Role.INDUSTRY && Objects.equals(caller.departmentId(), authorDepartmentId);
            default -> false;
        };
    }

    public boolean isDue(LocalDateTime now) {
        return status == NoticeStatus.SCHEDULED && !publishedAt.isAfter(now);
    }

    /** Published with this many receipts; refused when it already is. */
    public void publish(int recipients) {
        if (status != NoticeStatus.SCHEDULED) {
            throw new IllegalStateException("notice " + id + " is already published");
        }
        status = NoticeStatus.PUBLISHED;
        recipientCount = recipients;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public boolean isSendMail() {
        return sendMail;
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<Long> getPicked() {
        return picked;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getRecipientCount() {
        return recipientCount;
    }
}
