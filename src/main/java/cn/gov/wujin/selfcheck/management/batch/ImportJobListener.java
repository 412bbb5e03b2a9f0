package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.inject.Named;

/** Marks the import as running when its job starts and records how it ended, with the step's metrics. */
@Named("importJobListener")
@Dependent
public class ImportJobListener implements JobListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext jobContext;

    @Inject
    ImportWork work;

    @Override
    public void beforeJob() {
        work.begin(Long.valueOf(importId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        // Rows rejected after the last write (a last chunk without a valid row): recorded if the step completed.
        List<ImportWork.Rejected> rejects = jobContext.getTransientUserData() instanceof ChunkState state
                ? state.takeRejects() : List.of();
        work.end(Long.valueOf(importId), jobContext.getExecutionId(), jobContext.getBatchStatus(), rejects);
    }
}
