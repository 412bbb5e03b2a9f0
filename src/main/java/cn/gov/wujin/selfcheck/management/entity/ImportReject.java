package cn.gov.wujin.selfcheck.management.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A row an import rejected: its number, the column at fault, the reason and its original cells. */
@Entity
@Table(name = "import_reject")
public class ImportReject implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_reject_seq")
    @SequenceGenerator(name = "import_reject_seq", sequenceName = "import_reject_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "column_name", length = 40)
    private String columnName;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 4000)
    private String cells;

    protected ImportReject() {
    }

    public ImportReject(Long importId, int lineNo, String columnName, String reason, List<String> cells) {
        this.importId = importId;
        this.lineNo = lineNo;
        this.columnName = columnName;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        String joined = String.join(EnterpriseImport.TAB, cells.stream().map(c -> c.replace('\t', ' ')).toList());
        this.cells = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    }

    public int getLineNo() { return lineNo; }
    public String getColumnName() { return columnName; }
    public String getReason() { return reason; }
    public List<String> getCells() { return Arrays.asList(cells.split(EnterpriseImport.TAB, -1)); }
}
