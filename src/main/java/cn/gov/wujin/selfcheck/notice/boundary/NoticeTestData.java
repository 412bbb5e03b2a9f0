package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * TESTS ONLY: arranges unread notices, unread reminders and an article, as the authority's side
 * (not built yet) will publish them, so that the page tests can see the home page's counts and
 * boxes filled. Reached only through {@code NoticeTestSupport}, which answers 404 unless test
 * support is enabled.
 */
@Stateless
public class NoticeTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns false when there is no enterprise of that name. */
    public boolean arrange(String enterpriseName, int notices, int reminders, Optional<ArticleKind> articleKind, String articleTitle) {
        Optional<Enterprise> enterprise = em.createNamedQuery(Enterprise.FIND_BY_NAME, Enterprise.class)
                .setParameter("name", enterpriseName).getResultStream().findFirst();
        if (enterprise.isEmpty()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 1; i <= notices; i++) {
            Notice notice = new Notice("测试公告 " + i, "测试公告正文", now, null);
            em.persist(notice);
            em.persist(new NoticeReceipt(notice, enterprise.get()));
        }
        for (int i = 1; i <= reminders; i++) {
            em.persist(new Reminder(enterprise.get(), "TEST", "测试提醒 " + i, "测试提醒正文", now));
        }
        articleKind.ifPresent(kind -> em.persist(new Article(kind, articleTitle, "测试文章正文", now)));
        return true;
    }
}
