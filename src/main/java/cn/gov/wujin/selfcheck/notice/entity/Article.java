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

import java.time.LocalDateTime;
import java.util.Objects;

/** Content kept by the authority for enterprises to read. */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.FIND_LATEST_BY_KIND,
        query = "SELECT a FROM Article a WHERE a.kind = :kind ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.HEADLINES_BY_KIND,
        query = "SELECT NEW cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline(a.id, a.title, a.publishedAt)"
                + " FROM Article a WHERE a.kind = :kind ORDER BY a.publishedAt DESC, a.id DESC")
public class Article {

    public static final String FIND_LATEST_BY_KIND = "Article.findLatestByKind";
    /** The newest titles and dates of one kind, without the bodies. */
    public static final String HEADLINES_BY_KIND = "Article.headlinesByKind";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 20000)
    private String body;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(ArticleKind kind, String title, String body, LocalDateTime publishedAt) {
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.body = body;
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public Long getId() {
        return id;
    }

    public ArticleKind getKind() {
        return kind;
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
