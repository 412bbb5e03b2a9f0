package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import cn.gov.wujin.selfcheck.notice.entity.NoticeAttachment;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The enterprise's 公告通知 and 系统提醒: listed newest first, searched by 接收时间 and 标题, read when
 * opened. Only the enterprise's own receipts and reminders are reachable; an id of another's answers as
 * if it did not exist (refused).
 */
@Stateless
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A downloadable attachment. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    public List<InboxRow> notices(CallerScope caller, InboxSearch search, int first, int pageSize) {
        TypedQuery<InboxRow> query = em.createQuery("SELECT NEW cn.gov.wujin.selfcheck.notice.boundary.InboxRow("
                + "n.id, n.title, n.publishedAt, r.readAt) FROM NoticeReceipt r JOIN r.notice n WHERE r.enterpriseId = :me"
                + conditions(search, "n.publishedAt", "n.title", "r.readAt") + " ORDER BY n.publishedAt DESC, n.id DESC", InboxRow.class);
        return page(bind(caller, query, search), first, pageSize);
    }

    public long countNotices(CallerScope caller, InboxSearch search) {
        return bind(caller, em.createQuery("SELECT COUNT(r) FROM NoticeReceipt r JOIN r.notice n WHERE r.enterpriseId = :me"
                + conditions(search, "n.publishedAt", "n.title", "r.readAt"), Long.class), search).getSingleResult();
    }

    /** Opens one of the enterprise's notices and marks it read. */
    public NoticeDocument openNotice(CallerScope caller, Long noticeId) {
        NoticeReceipt receipt = receipt(caller, noticeId);
        receipt.markRead(LocalDateTime.now(clock));
        Notice notice = receipt.getNotice();
        return new NoticeDocument(notice.getId(), notice.getTitle(), notice.getBody(), notice.getPublishedAt(),
                notice.getAuthorName(), em.createNamedQuery(NoticeAttachment.INFO_OF_NOTICE, AttachmentInfo.class)
                .setParameter("noticeId", notice.getId()).getResultList());
    }

    public List<InboxRow> reminders(CallerScope caller, InboxSearch search, int first, int pageSize) {
        TypedQuery<InboxRow> query = em.createQuery("SELECT NEW cn.gov.wujin.selfcheck.notice.boundary.InboxRow("
                + "m.id, m.title, m.createdAt, m.readAt) FROM Reminder m WHERE m.enterpriseId = :me"
                + conditions(search, "m.createdAt", "m.title", "m.readAt") + " ORDER BY m.createdAt DESC, m.id DESC", InboxRow.class);
        return page(bind(caller, query, search), first, pageSize);
    }

    public long countReminders(CallerScope caller, InboxSearch search) {
        return bind(caller, em.createQuery("SELECT COUNT(m) FROM Reminder m WHERE m.enterpriseId = :me"
                + conditions(search, "m.createdAt", "m.title", "m.readAt"), Long.class), search).getSingleResult();
    }

    /** Opens one of the enterprise's reminders and marks it read. */
    public Reminder openReminder(CallerScope caller, Long reminderId) {
        refuseUnlessEnterprise(caller);
        Reminder reminder = reminderId == null ? null : em.find(Reminder.class, reminderId);
        if (reminder == null || !reminder.getEnterpriseId().equals(caller.enterpriseId())) {
            throw new AccessDeniedException();
        }
        reminder.markRead(LocalDateTime.now(clock));
        return reminder;
    }

    /**
     * An attachment of a notice, for one of its recipients or an officer who may follow the notice, or of an
     * article, for everyone logged in; anyone else is refused, whatever the id.
     */
    public Download attachment(CallerScope caller, Long attachmentId) {
        NoticeAttachment attachment = attachmentId == null ? null : em.find(NoticeAttachment.class, attachmentId);
        if (attachment == null || (attachment.getNotice() == null && attachment.getArticle() == null)) {
            throw new AccessDeniedException();
        }
        if (attachment.getArticle() != null) {
            // An article is for everyone who is logged in.
            if (caller == null) {
                throw new AccessDeniedException();
            }
            return download(attachment);
        }
        Notice notice = attachment.getNotice();
        if (caller.isEnterprise()) {
            receipt(caller, notice.getId());
        } else if (!notice.visibleTo(caller)) {
            throw new AccessDeniedException();
        }
        return download(attachment);
    }

    private Download download(NoticeAttachment attachment) {
        byte[] content = em.createNamedQuery(NoticeAttachment.CONTENT, byte[].class).setParameter("id", attachment.getId()).getSingleResult();
        return new Download(attachment.getFileName(), attachment.getMediaType(), content);
    }

    private NoticeReceipt receipt(CallerScope caller, Long noticeId) {
        refuseUnlessEnterprise(caller);
        return em.createNamedQuery(NoticeReceipt.FIND, NoticeReceipt.class).setParameter("noticeId", noticeId)
                .setParameter("enterpriseId", caller.enterpriseId()).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
    }

    private static void refuseUnlessEnterprise(CallerScope caller) {
        if (caller == null || !caller.isEnterprise()) {
            throw new AccessDeniedException();
        }
    }

    private static String conditions(InboxSearch search, String time, String title, String readAt) {
        StringBuilder jpql = new StringBuilder();
        if (search.getFrom() != null) {
            jpql.append(" AND ").append(time).append(" >= :from");
        }
        if (search.getTo() != null) {
            jpql.append(" AND ").append(time).append(" < :to");
        }
        if (Like.given(search.getKeyword())) {
            jpql.append(" AND LOWER(").append(title).append(") LIKE :keyword").append(Like.ESCAPE);
        }
        switch (search.getReadState()) {
            case UNREAD -> jpql.append(" AND ").append(readAt).append(" IS NULL");
            case READ -> jpql.append(" AND ").append(readAt).append(" IS NOT NULL");
            default -> { }
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(CallerScope caller, TypedQuery<T> query, InboxSearch search) {
        refuseUnlessEnterprise(caller);
        query.setParameter("me", caller.enterpriseId());
        if (search.getFrom() != null) {
            query.setParameter("from", search.getFrom().atStartOfDay());
        }
        if (search.getTo() != null) {
            query.setParameter("to", search.getTo().plusDays(1).atStartOfDay());
        }
        if (Like.given(search.getKeyword())) {
            query.setParameter("keyword", Like.containing(search.getKeyword()));
        }
        return query;
    }

    private static <T> List<T> page(TypedQuery<T> query, int first, int pageSize) {
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
    }
}
