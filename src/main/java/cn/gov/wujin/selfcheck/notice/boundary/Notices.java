package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Notices, reminders and articles as the home page shows them. */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    /** 未读公告通知 of the caller's enterprise; officers receive none. */
    public long countUnreadNotices(CallerScope caller) {
        if (!caller.isEnterprise()) {
            return 0;
        }
        return em.createNamedQuery(NoticeReceipt.COUNT_UNREAD, Long.class)
                .setParameter("enterpriseId", caller.enterpriseId()).getSingleResult();
    }

    /** 未读系统提醒 of the caller's enterprise. */
    public long countUnreadReminders(CallerScope caller) {
        if (!caller.isEnterprise()) {
            return 0;
        }
        return em.createNamedQuery(Reminder.COUNT_UNREAD, Long.class)
                .setParameter("enterpriseId", caller.enterpriseId()).getSingleResult();
    }

    /** The newest articles of one kind; every logged-in user may read them. */
    public List<ArticleHeadline> latest(ArticleKind kind, int max) {
        return em.createNamedQuery(Article.FIND_LATEST_BY_KIND, Article.class)
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultStream()
                .map(a -> new ArticleHeadline(a.getId(), a.getTitle(), a.getPublishedAt()))
                .toList();
    }
}
