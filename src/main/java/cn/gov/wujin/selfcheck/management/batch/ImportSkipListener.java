package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps each skipped row (line, column, reason, its cells) for the writer, which records it with its chunk. */
@Named("importSkipListener")
@Dependent
public class ImportSkipListener implements SkipProcessListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext jobContext;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (e instanceof RowRejectedException rejected) {
            ((ChunkState) jobContext.getTransientUserData()).rejected(
                    new ImportWork.Rejected(rejected.line(), rejected.column(), rejected.reason(), rejected.cells()));
        }
    }
}
