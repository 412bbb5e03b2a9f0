package cn.gov.wujin.selfcheck.platform.audit;

import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes audit rows, always in the transaction of the action they record ({@code MANDATORY}): an
 * action that rolls back leaves no row, and no row is written without its action.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Audit {

    /** The user name of what the system does by itself (the monthly submission, a timer). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An action of a logged-in caller on a record. */
    public void record(CallerScope caller, AuditAction action, String targetType, Long targetId, String targetName,
                       String detail) {
        record(caller.username(), caller.role().name(), action, targetType, targetId, targetName, detail);
    }

    /** An action of a named user (a login, before there is a caller) or of the system. */
    public void record(String username, String role, AuditAction action, String targetType, Long targetId,
                       String targetName, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), username, role, ClientAddress.current(), action,
                targetType, targetId, targetName, detail));
    }
}
