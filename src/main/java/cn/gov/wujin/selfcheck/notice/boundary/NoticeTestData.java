package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.Audience;
import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * TESTS ONLY: arranges unread notices, unread reminders and an article for one enterprise, so that the
 * page tests of the home page see its counts and boxes filled without going through the officers'
 * pages. Reached only through {@code NoticeTestSupport}, which answers 404 unless test support is enabled.
 */
@Stateless
public class NoticeTestData {

    private static final CallerScope DISTRICT = new CallerScope(null, "测试", Role.DISTRICT, null, null, null);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The reminders of an enterprise as lines "kind cause-key", oldest first; empty for an unknown enterprise. */
    public java.util.List<String> reminders(String enterpriseName) {
        Optional<Enterprise> enterprise = em.createNamedQuery(Enterprise.FIND_BY_NAME, Enterprise.class)
                .setParameter("name", enterpriseName).getResultStream().findFirst();
        if (enterprise.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT r FROM Reminder r WHERE r.enterpriseId = :id ORDER BY r.createdAt, r.id", Reminder.class)
                .setParameter("id", enterprise.get().getId()).getResultList().stream()
                .map(r -> r.getKind() + " " + r.getCauseKey()).toList();
    }

    /** The outbox as lines "status attempts recipient subject", oldest first. */
    public java.util.List<String> mails() {
        return em.createQuery("SELECT m FROM cn.gov.wujin.selfcheck.notice.entity.MailMessage m ORDER BY m.id",
                cn.gov.wujin.selfcheck.notice.entity.MailMessage.class).getResultList().stream()
                .map(m -> m.getStatus() + " " + m.getAttempts() + " " + m.getRecipient() + " " + m.getSubject()).toList();
    }

    /** Returns false when there is no enterprise of that name. */
    public boolean arrange(String enterpriseName, int notices, int reminders, Optional<ArticleKind> articleKind, String articleTitle) {
        Optional<Enterprise> enterprise = em.createNamedQuery(Enterprise.FIND_BY_NAME, Enterprise.class)
                .setParameter("name", enterpriseName).getResultStream().findFirst();
        if (enterprise.isEmpty()) {
            return false;
        }
        Long enterpriseId = enterprise.get().getId();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 1; i <= notices; i++) {
            Notice notice = new Notice(DISTRICT, "测试公告 " + i, "<p>测试公告正文</p>", Audience.of(AudienceKind.PICKED, null),
                    Set.of(enterpriseId), false, now, now);
            notice.publish(1);
            em.persist(notice);
            em.persist(new NoticeReceipt(notice, enterpriseId));
        }
        for (int i = 1; i <= reminders; i++) {
            em.persist(new Reminder(enterpriseId, "TEST", null, "测试提醒 " + i, "测试提醒正文", null, now));
        }
        articleKind.ifPresent(kind -> em.persist(new Article(kind, articleTitle, "测试文章正文", now)));
        return true;
    }
}
