package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records each skipped row (line, column, reason, its cells) in the chunk's transaction. */
@Named("importSkipListener")
@Dependent
public class ImportSkipListener implements SkipProcessListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportWork work;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (e instanceof RowRejectedException rejected) {
            work.reject(Long.valueOf(importId), rejected.line(), rejected.column(), rejected.reason(), rejected.cells());
        }
    }
}
