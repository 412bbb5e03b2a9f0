package cn.gov.wujin.selfcheck.standard.boundary;

import cn.gov.wujin.selfcheck.standard.entity.StandardStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One row of the administrator's list of standards: type, version, status, item count. */
public final class StandardSummary implements Serializable {

    private final Long id;
    private final String typeName;
    private final String name;
    private final int versionNo;
    private final StandardStatus status;
    private final LocalDateTime publishedAt;
    private final long itemCount;

    public StandardSummary(Long id, String typeName, String name, int versionNo, StandardStatus status,
                           LocalDateTime publishedAt, long itemCount) {
        this.id = id;
        this.typeName = typeName;
        this.name = name;
        this.versionNo = versionNo;
        this.status = status;
        this.publishedAt = publishedAt;
        this.itemCount = itemCount;
    }

    public Long getId() { return id; }
    public String getTypeName() { return typeName; }
    public String getName() { return name; }
    public int getVersionNo() { return versionNo; }
    public StandardStatus getStatus() { return status; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public long getItemCount() { return itemCount; }
    public boolean isDraft() { return status == StandardStatus.DRAFT; }
}
