package cn.gov.wujin.selfcheck.management.batch;

import java.util.List;

/** A row the processor refuses; skippable in the job, recorded by {@link ImportSkipListener}. */
public class RowRejectedException extends Exception {

    private final int line;
    private final String column;
    private final String reason;
    private final transient List<String> cells;

    public RowRejectedException(int line, String column, String reason, List<String> cells) {
        super("row " + line + " (" + column + "): " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.cells = List.copyOf(cells);
    }

    public int line() { return line; }
    public String column() { return column; }
    public String reason() { return reason; }
    public List<String> cells() { return cells; }
}
