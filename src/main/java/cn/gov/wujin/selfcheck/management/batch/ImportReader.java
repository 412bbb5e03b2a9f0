package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import cn.gov.wujin.selfcheck.management.control.ImportFile;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads the import file's rows after the last committed one. Where to start is the import's
 * {@code doneLine}, written in each chunk's transaction with the rows themselves, rather than the
 * batch repository's checkpoint: a continued job starts exactly after what was committed.
 */
@Named("importReader")
@Dependent
public class ImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext jobContext;

    @Inject
    ImportWork work;

    private ImportFile file;
    private ChunkState state;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ImportWork.Source source = work.source(Long.valueOf(importId));
        file = ImportFile.open(Path.of(source.path()), ImportFile.Format.valueOf(source.format()),
                source.charset() == null ? null : Charset.forName(source.charset()));
        state = new ChunkState(source.doneLine());
        jobContext.setTransientUserData(state);
    }

    @Override
    public Object readItem() {
        while (file.hasNext()) {
            ImportFile.Row row = file.next();
            if (row.number() > state.lastLine()) {
                state.read(row.number());
                return row;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return state.lastLine();
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            file.close();
        }
    }
}
