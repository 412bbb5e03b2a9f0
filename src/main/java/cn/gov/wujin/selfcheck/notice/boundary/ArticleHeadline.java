package cn.gov.wujin.selfcheck.notice.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A title and date for the boxes on the home page (getters: Jakarta EL 5 does not read records). */
public final class ArticleHeadline implements Serializable {

    private final Long id;
    private final String title;
    private final LocalDateTime publishedAt;

    public ArticleHeadline(Long id, String title, LocalDateTime publishedAt) {
        this.id = id;
        this.title = title;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
