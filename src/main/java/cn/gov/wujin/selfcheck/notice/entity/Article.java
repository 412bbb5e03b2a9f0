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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Content kept by the authority for enterprises to read: 新闻动态, 政策法规 (with issuer, number and date),
 * 标准规范, 常见问题 and 在线帮助, newest update first. The body is sanitised HTML.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.FIND_LATEST_BY_KIND,
        query = "SELECT a FROM Article a WHERE a.kind = :kind ORDER BY a.updatedAt DESC, a.id DESC")
@NamedQuery(name = Article.HEADLINES_BY_KIND,
        query = "SELECT NEW cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline(a.id, a.title, a.updatedAt)"
                + " FROM Article a WHERE a.kind = :kind ORDER BY a.updatedAt DESC, a.id DESC")
public class Article {

    public static final String FIND_LATEST_BY_KIND = "Article.findLatestByKind";
    /** The newest titles and dates of one kind, without the bodies. */
    public static final String HEADLINES_BY_KIND = "Article.headlinesByKind";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 20000;
    public static final int ISSUER_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleKind kind;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Column(length = ISSUER_LENGTH)
    private String issuer;

    @Column(name = "document_number", length = ISSUER_LENGTH)
    private String documentNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Version
    private long version;

    protected Article() {
    }

    public Article(ArticleKind kind, String title, String body, LocalDateTime publishedAt) {
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.body = body;
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.updatedAt = publishedAt;
    }

    /** 修改: every field at once; the update date moves, so that the article comes first again. */
    public void revise(ArticleKind kind, String title, String body, String issuer, String documentNumber, LocalDate issuedOn,
                       String by, LocalDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.issuer = issuer;
        this.documentNumber = documentNumber;
        this.issuedOn = issuedOn;
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public ArticleKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public String getIssuer() { return issuer; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public long getVersion() { return version; }
}
