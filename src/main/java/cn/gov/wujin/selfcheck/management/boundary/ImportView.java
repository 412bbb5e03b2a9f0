package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.management.entity.EnterpriseImport;
import cn.gov.wujin.selfcheck.management.entity.ImportStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An import as its page shows it. {@code status} is the effective one: a job marked running whose
 * heartbeat stopped (its server died) is shown 已中断, to be continued.
 */
public record ImportView(Long id, String fileName, String username, ImportStatus status, int totalRows, int doneRows,
                         int percent, int created, int updated, int rejected, int readCount, int writeCount,
                         int skipCount, LocalDateTime createdAt, LocalDateTime startedAt, LocalDateTime endedAt,
                         boolean fileKept)
        implements Serializable {

    static ImportView of(EnterpriseImport job, ImportStatus effective) {
        int done = effective == ImportStatus.COMPLETED ? job.getTotalRows() : Math.min(job.getTotalRows(), Math.max(0, job.getDoneLine() - 1));
        return new ImportView(job.getId(), job.getFileName(), job.getUsername(), effective, job.getTotalRows(), done,
                job.getTotalRows() == 0 ? 100 : done * 100 / job.getTotalRows(), job.getCreatedCount(), job.getUpdatedCount(),
                job.getRejectedCount(), job.getReadCount(), job.getWriteCount(), job.getSkipCount(), job.getCreatedAt(),
                job.getStartedAt(), job.getEndedAt(), job.getStoredPath() != null);
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getUsername() { return username; }
    public String getStatus() { return status.name(); }
    public int getTotalRows() { return totalRows; }
    public int getDoneRows() { return doneRows; }
    public int getPercent() { return percent; }
    public int getCreated() { return created; }
    public int getUpdated() { return updated; }
    public int getRejected() { return rejected; }
    public int getReadCount() { return readCount; }
    public int getWriteCount() { return writeCount; }
    public int getSkipCount() { return skipCount; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getEndedAt() { return endedAt; }
    public boolean isRunning() { return status == ImportStatus.QUEUED || status == ImportStatus.RUNNING; }
    public boolean isMayContinue() { return status.mayContinue() && fileKept; }
    public boolean isFinished() { return status == ImportStatus.COMPLETED; }
}
