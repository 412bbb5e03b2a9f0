package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.MailMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's short transactions around a send (which itself runs outside any transaction): claim a
 * batch, then record each result. A claim is a conditional UPDATE per row: of two servers claiming the
 * same message, the second waits for the first's commit and then finds it claimed.
 */
@Stateless
public class MailClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.claim-seconds", defaultValue = "300")
    long claimSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.retry-base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** A message claimed for sending, detached from the database. */
    public record Claimed(Long id, String recipient, String subject, String html, String text) {
    }

    /** Claims up to {@code max} messages that are due for {@code token} and returns them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claim(String token, int max) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = em.createNamedQuery(MailMessage.DUE_IDS, Long.class).setParameter("now", now).setMaxResults(max).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Long id : due) {
            int updated = em.createNamedQuery(MailMessage.CLAIM).setParameter("token", token)
                    .setParameter("until", now.plusSeconds(claimSeconds)).setParameter("id", id).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                MailMessage message = em.find(MailMessage.class, id);
                em.refresh(message);
                claimed.add(new Claimed(id, message.getRecipient(), message.getSubject(), message.getBodyHtml(), message.getBodyText()));
            }
        }
        return claimed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(Long id, String token) {
        MailMessage message = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.isClaimedBy(token)) {
            message.sent(LocalDateTime.now(clock));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Long id, String token, String error) {
        MailMessage message = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.isClaimedBy(token)) {
            message.failed(error, LocalDateTime.now(clock), Duration.ofSeconds(retryBaseSeconds), maxAttempts);
        }
    }
}
