package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;

import java.util.ArrayList;
import java.util.List;

/**
 * What the job's artifacts share while an execution runs (the job context's transient user data): the
 * last line the reader has read, and the rows the processor rejected since the last write. The writer
 * records those rejects together with its chunk and the import's committed line, in one transaction,
 * so a rejected row is recorded exactly once: a row after the committed line has no reject yet, and
 * a continued job reads it again.
 */
final class ChunkState {

    private int lastLine;
    private final List<ImportWork.Rejected> rejects = new ArrayList<>();

    ChunkState(int lastLine) {
        this.lastLine = lastLine;
    }

    int lastLine() {
        return lastLine;
    }

    void read(int line) {
        lastLine = line;
    }

    void rejected(ImportWork.Rejected reject) {
        rejects.add(reject);
    }

    /** The rejects since the last write, handed over once. */
    List<ImportWork.Rejected> takeRejects() {
        List<ImportWork.Rejected> taken = List.copyOf(rejects);
        rejects.clear();
        return taken;
    }
}
