package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/** 公告通知: a notice from an authority; each addressed enterprise gets a {@link NoticeReceipt}. */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = 20000)
    private String body;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Version
    private long version;

    protected Notice() {
    }

    public Notice(String title, String body, LocalDateTime publishedAt, UserAccount author) {
        this.title = Objects.requireNonNull(title);
        this.body = body;
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.author = author;
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
}
