package cn.gov.wujin.selfcheck.management.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * 批量导入: one uploaded file and its Jakarta Batch job. The job's progress columns ({@code doneLine},
 * the counts, the heartbeat) are written by bulk updates in the chunk's own transaction, never by
 * merging this entity, so the page that shows it and the job never overwrite each other.
 */
@Entity
@Table(name = "enterprise_import")
public class EnterpriseImport implements Serializable {

    public static final String TAB = "\t";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_import_seq")
    @SequenceGenerator(name = "enterprise_import_seq", sequenceName = "enterprise_import_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_path", length = 400)
    private String storedPath;

    @Column(name = "file_format", nullable = false, length = 8)
    private String fileFormat;

    @Column(name = "charset_name", length = 16)
    private String charsetName;

    @Column(name = "header_cells", nullable = false, length = 2000)
    private String headerCells;

    @Column(nullable = false, length = 200)
    private String username;

    @Column(nullable = false, length = 16)
    private String role;

    @Column(name = "town_id")
    private Long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "done_line", nullable = false)
    private int doneLine;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    /** The step's own metrics (READ_COUNT, WRITE_COUNT, PROCESS_SKIP_COUNT), summed over the executions that ended. */
    @Column(name = "read_count", nullable = false)
    private int readCount;

    @Column(name = "write_count", nullable = false)
    private int writeCount;

    @Column(name = "skip_count", nullable = false)
    private int skipCount;

    @Column(length = 1000)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(nullable = false)
    private long version;

    protected EnterpriseImport() {
    }

    public EnterpriseImport(String fileName, String fileFormat, String charsetName, List<String> header, String username,
                            String role, Long townId, int totalRows, LocalDateTime createdAt) {
        this.fileName = fileName;
        this.fileFormat = fileFormat;
        this.charsetName = charsetName;
        String joined = String.join(TAB, header.stream().map(h -> h.replace('\t', ' ')).toList());
        this.headerCells = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.username = username;
        this.role = role;
        this.townId = townId;
        this.totalRows = totalRows;
        this.createdAt = createdAt;
        this.status = ImportStatus.QUEUED;
        this.doneLine = 1;
    }

    public void storedAt(String path) {
        this.storedPath = path;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getStoredPath() { return storedPath; }
    public String getFileFormat() { return fileFormat; }
    public String getCharsetName() { return charsetName; }
    public List<String> getHeader() { return Arrays.asList(headerCells.split(TAB, -1)); }
    public String getUsername() { return username; }
    public String getRole() { return role; }
    public Long getTownId() { return townId; }
    public ImportStatus getStatus() { return status; }
    public Long getExecutionId() { return executionId; }
    public int getTotalRows() { return totalRows; }
    public int getDoneLine() { return doneLine; }
    public int getCreatedCount() { return createdCount; }
    public int getUpdatedCount() { return updatedCount; }
    public int getRejectedCount() { return rejectedCount; }
    public String getFailure() { return failure; }
    public int getReadCount() { return readCount; }
    public int getWriteCount() { return writeCount; }
    public int getSkipCount() { return skipCount; }

    /** Rows done of the total, 0-100, for the progress bar. */
    public int getPercent() {
        return totalRows == 0 ? 100 : Math.min(100, Math.max(0, (doneLine - 1) * 100 / Math.max(1, lastLine())));
    }

    /** The last data row's number (the header is row 1) when the file has no blank lines. */
    private int lastLine() {
        return totalRows;
    }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getHeartbeatAt() { return heartbeatAt; }
    public LocalDateTime getEndedAt() { return endedAt; }
}
