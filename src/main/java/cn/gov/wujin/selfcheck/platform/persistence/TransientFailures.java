package cn.gov.wujin.selfcheck.platform.persistence;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Lock timeouts and deadlocks: failures of a transaction that say nothing about its data, so the same
 * work in a new transaction may well succeed. The caller must be outside any transaction (a web bean
 * calling a boundary): the container has rolled the failed one back, and each attempt is a new one.
 */
public final class TransientFailures {

    /** Attempts in all, the first one included. */
    public static final int ATTEMPTS = 3;

    /**
     * Derby: 40XL1 lock timeout, 40XL2 lock timeout with lock table dump, 40001 deadlock.
     * PostgreSQL: 40001 serialization failure, 40P01 deadlock, 55P03 lock not available.
     */
    static final Set<String> SQL_STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    private static final Logger LOG = Logger.getLogger(TransientFailures.class.getName());

    private TransientFailures() {
    }

    /**
     * Whether anything in the failure's causes (and chained SQL exceptions) is a lock timeout, a deadlock
     * or an optimistic-lock conflict found at commit.
     */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isTransient(failure, seen);
    }

    private static boolean isTransient(Throwable failure, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return true;
            }
            // Two saves of one record at the same moment: both passed the boundary's version check and
            // the database's @Version caught the later one at commit. Tried again, the boundary sees the
            // new version and refuses the save as stale, with when and by whom (JPA's exception, or
            // EclipseLink's own one, which the commit of a container transaction carries).
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null && isTransient(sql.getNextException(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs the work, and again after a short random pause when it failed transiently, up to
     * {@link #ATTEMPTS} times; then answers {@link BusyException} (a clear message, the page keeps
     * its input). Any other failure passes through unchanged.
     */
    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                int failed = attempt;
                LOG.warning(() -> "Transient database failure (attempt " + failed + " of " + ATTEMPTS + "): " + rootMessage(e));
                if (attempt >= ATTEMPTS) {
                    throw new BusyException(e);
                }
                pause(attempt);
            }
        }
    }

    /** As {@link #retried(Supplier)}, for work without a result. */
    public static void retried(Runnable work) {
        retried(() -> {
            work.run();
            return null;
        });
    }

    /** A random pause that grows with the attempts, so that the contenders do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The database stayed busy through every attempt; nothing was stored. */
    public static final class BusyException extends BusinessException {
        BusyException(Throwable cause) {
            super("common.busy");
            initCause(cause);
        }
    }
}
