package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Creates or updates the chunk's enterprises, records the rows rejected since the last write and moves the
 * import's committed line, in one transaction.
 */
@Named("importWriter")
@Dependent
public class ImportWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext jobContext;

    @Inject
    ImportWork work;

    @Override
    public void writeItems(List<Object> items) {
        ChunkState state = (ChunkState) jobContext.getTransientUserData();
        work.write(Long.valueOf(importId), items.stream().map(ImportItem.class::cast).toList(), state.takeRejects(),
                state.lastLine());
    }
}
