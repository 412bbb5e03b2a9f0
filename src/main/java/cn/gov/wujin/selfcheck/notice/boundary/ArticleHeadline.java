package cn.gov.wujin.selfcheck.notice.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A title and date for the boxes on the home page. */
public record ArticleHeadline(Long id, String title, LocalDateTime publishedAt) implements Serializable {
}
