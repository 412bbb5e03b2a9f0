package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    /** As a failed flush reaches a web bean: EJB exception, JPA exception, driver exception. */
    private static RuntimeException fromBoundary(SQLException sql) {
        return new EJBException(new PersistenceException("flush failed", sql));
    }

    @Test
    void aDerbyLockTimeoutIsTransient() {
        assertTrue(TransientFailures.isTransient(fromBoundary(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"))));
        assertTrue(TransientFailures.isTransient(fromBoundary(new SQLTransactionRollbackException("dump", "40XL2"))));
    }

    @Test
    void anOptimisticLockConflictAtCommitIsTriedAgainSoThatTheBoundarySeesTheNewVersion() {
        assertTrue(TransientFailures.isTransient(new EJBException(new jakarta.persistence.RollbackException(
                new jakarta.persistence.OptimisticLockException("changed since it was read")))));
    }

    @Test
    void aDeadlockIsTransientOnBothDatabases() {
        assertTrue(TransientFailures.isTransient(fromBoundary(new SQLTransactionRollbackException("Derby deadlock", "40001"))));
        assertTrue(TransientFailures.isTransient(fromBoundary(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void aPostgresLockNotAvailableIsTransient() {
        assertTrue(TransientFailures.isTransient(fromBoundary(new SQLException("could not obtain lock", "55P03"))));
    }

    @Test
    void aJpaLockTimeoutIsTransient() {
        assertTrue(TransientFailures.isTransient(new EJBException(new LockTimeoutException("timed out"))));
    }

    @Test
    void aLockTimeoutChainedBehindAnotherSqlExceptionIsTransient() {
        SQLException batch = new SQLException("batch entry 3 failed", "XJ208");
        batch.setNextException(new SQLTransactionRollbackException("lock timeout", "40XL1"));
        assertTrue(TransientFailures.isTransient(fromBoundary(batch)));
    }

    @Test
    void aConstraintViolationIsNotTransient() {
        assertFalse(TransientFailures.isTransient(fromBoundary(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
    }

    @Test
    void aFailureWithoutDatabaseCauseIsNotTransient() {
        assertFalse(TransientFailures.isTransient(new IllegalStateException("bug")));
        assertFalse(TransientFailures.isTransient(new BusinessException("inspection.item.unknown")));
        assertFalse(TransientFailures.isTransient(fromBoundary(new SQLException("no state"))));
    }

    @Test
    void aCycleInTheCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(TransientFailures.isTransient(a));
    }

    @Test
    void transientFailuresAreRetriedUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        Long id = TransientFailures.retried(() -> {
            if (calls.incrementAndGet() < TransientFailures.ATTEMPTS) {
                throw fromBoundary(new SQLTransactionRollbackException("lock timeout", "40XL1"));
            }
            return 42L;
        });
        assertEquals(42L, id);
        assertEquals(TransientFailures.ATTEMPTS, calls.get());
    }

    @Test
    void aFailureThatStaysTransientEndsInTheBusyMessage() {
        AtomicInteger calls = new AtomicInteger();
        TransientFailures.BusyException busy = assertThrows(TransientFailures.BusyException.class,
                () -> TransientFailures.retried(() -> {
                    calls.incrementAndGet();
                    throw fromBoundary(new SQLException("deadlock detected", "40P01"));
                }));
        assertEquals(TransientFailures.ATTEMPTS, calls.get());
        assertEquals("common.busy", busy.messageKey());
        assertTrue(TransientFailures.isTransient(busy.getCause()));
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        BusinessException refused = new BusinessException("inspection.item.unknown");
        assertSame(refused, assertThrows(BusinessException.class, () -> TransientFailures.retried(() -> {
            calls.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, calls.get());
    }
}
