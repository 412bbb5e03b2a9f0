package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
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

    /**
     * 未读公告通知 and 未读系统提醒 of the caller's enterprise, counted in one query; officers receive
     * none.
     */
    public UnreadCounts countUnread(CallerScope caller) {
        if (!caller.isEnterprise()) {
            return UnreadCounts.NONE;
        }
        return UnreadCounts.of(em.createNamedQuery(NoticeReceipt.COUNT_UNREAD_WITH_REMINDERS)
                .setParameter(1, caller.enterpriseId()).getResultList());
    }

    /** The newest articles of one kind, titles and dates only; every logged-in user may read them. */
    public List<ArticleHeadline> latest(ArticleKind kind, int max) {
        return em.createNamedQuery(Article.HEADLINES_BY_KIND, ArticleHeadline.class)
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultList();
    }
}
