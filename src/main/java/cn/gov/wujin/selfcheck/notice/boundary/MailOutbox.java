package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.MailMessage;
import cn.gov.wujin.selfcheck.notice.entity.MailStatus;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outbox as ADMIN sees it: pending and failed mail, newest first, and 重新发送 of a failed message. */
@Stateless
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private static void refuseUnlessAdmin(CallerScope caller) {
        if (caller == null || caller.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }

    public List<MailMessage> list(CallerScope caller, MailStatus status, int first, int pageSize) {
        refuseUnlessAdmin(caller);
        TypedQuery<MailMessage> query = em.createQuery("SELECT m FROM MailMessage m WHERE m.status = :status"
                + " ORDER BY m.createdAt DESC, m.id DESC", MailMessage.class).setParameter("status", status);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
    }

    public long count(CallerScope caller, MailStatus status) {
        refuseUnlessAdmin(caller);
        return em.createQuery("SELECT COUNT(m) FROM MailMessage m WHERE m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** How many messages are in each state. */
    public Map<MailStatus, Long> counts(CallerScope caller) {
        refuseUnlessAdmin(caller);
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery(MailMessage.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** 重新发送: a failed message goes back to the outbox with all its tries; refused for one that has not failed. */
    public void resend(CallerScope caller, Long id) {
        refuseUnlessAdmin(caller);
        MailMessage message = id == null ? null : em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new AccessDeniedException();
        }
        if (message.getStatus() != MailStatus.FAILED) {
            throw new cn.gov.wujin.selfcheck.platform.BusinessException("mail.resend.notFailed");
        }
        message.resend(LocalDateTime.now(clock));
    }
}
