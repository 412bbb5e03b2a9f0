package cn.gov.wujin.selfcheck.platform.files;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, deletes uploaded files that no record refers to once they are older than
 * {@code selfcheck.storage.unreferenced-max-age-hours} (a photo removed in the 隐患 dialog, a dialog
 * abandoned after its upload). The timer only starts the work: each component's boundary sweeps its own
 * files in its own transaction, and a failure of one does not stop the others.
 */
@Singleton
public class UploadSweep {

    private static final Logger LOG = Logger.getLogger(UploadSweep.class.getName());

    @Inject
    @Any
    Instance<UnreferencedFiles> owners;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "selfcheck-upload-sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        sweep();
    }

    /** What the timer runs; returns how many files were deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        int deleted = 0;
        for (UnreferencedFiles owner : owners) {
            try {
                deleted += owner.sweepUnreferenced();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An upload sweep failed; the next run tries again", e);
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "Deleted " + count + " unreferenced upload files");
        }
        return deleted;
    }
}
