package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of 未整改隐患 (a class with getters: Jakarta EL 5 does not read record components). */
public final class OpenHazardRow implements Serializable {

    private final Long id;
    private final LocalDateTime reportedAt;
    private final String location;
    private final String description;
    private final String hazardType;
    private final String responsible;
    private final LocalDate deadline;
    private final HazardKind kind;
    private final HazardStatus status;
    private final HazardSource source;

    public OpenHazardRow(Long id, LocalDateTime reportedAt, String location, String description, String hazardType,
                         String responsible, LocalDate deadline, HazardKind kind, HazardStatus status,
                         HazardSource source) {
        this.id = id;
        this.reportedAt = reportedAt;
        this.location = location;
        this.description = description;
        this.hazardType = hazardType;
        this.responsible = responsible;
        this.deadline = deadline;
        this.kind = kind;
        this.status = status;
        this.source = source;
    }

    /** 完成期限 passed: shown in red. */
    public boolean overdue(LocalDate today) {
        return deadline.isBefore(today);
    }

    /** Due within 7 days (today included): shown in orange. */
    public boolean dueSoon(LocalDate today) {
        return !overdue(today) && !deadline.isAfter(today.plusDays(7));
    }

    public Long getId() { return id; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
    public String getHazardType() { return hazardType; }
    public String getResponsible() { return responsible; }
    public LocalDate getDeadline() { return deadline; }
    public HazardKind getKind() { return kind; }
    public HazardStatus getStatus() { return status; }
    public HazardSource getSource() { return source; }
}
