package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.management.entity.EnterpriseImport;
import cn.gov.wujin.selfcheck.management.entity.ImportStatus;
import cn.gov.wujin.selfcheck.platform.time.DailyTask;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Daily: an import older than {@code selfcheck.import.keep-days} (default 90) gives up its file and
 * the one-time passwords of its 开通通知单; its record, counts and rejects stay in the history.
 */
@Stateless
public class ImportRetention implements DailyTask {

    private static final Logger LOG = Logger.getLogger(ImportRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.import.keep-days", defaultValue = "90")
    int keepDays;

    @Override
    public String name() {
        return "import-retention";
    }

    @Override
    public int runDue() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minusDays(keepDays);
        List<EnterpriseImport> old = em.createQuery("SELECT i FROM EnterpriseImport i WHERE i.storedPath IS NOT NULL "
                + "AND i.createdAt < :cutoff AND i.status NOT IN :running", EnterpriseImport.class)
                .setParameter("cutoff", cutoff).setParameter("running", List.of(ImportStatus.RUNNING, ImportStatus.QUEUED))
                .getResultList();
        for (EnterpriseImport job : old) {
            try {
                Files.deleteIfExists(Path.of(job.getStoredPath()));
            } catch (IOException e) {
                LOG.warning("Cannot delete " + job.getStoredPath() + ": " + e);
            }
            job.storedAt(null);
            em.createQuery("UPDATE ImportOutcome o SET o.oneTimePassword = NULL WHERE o.importId = :id")
                    .setParameter("id", job.getId()).executeUpdate();
        }
        return old.size();
    }
}
