package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an officer narrows the list of reported major hazards by; every part is optional. The caller's
 * scope always applies on top: a town filter cannot reach outside a town officer's own town.
 */
public class MajorHazardFilter implements Serializable {

    /** 自查 or 代报; null: both. */
    private HazardSource source;

    @Size(max = 100)
    private String enterpriseName;

    private Long townId;

    private HazardStatus status;

    /** Only hazards not yet closed (销号). */
    private boolean openOnly;

    /** Only hazards not closed whose deadline has passed. */
    private boolean overdueOnly;

    /** First and last day of the reporting date, both inclusive. */
    private LocalDate reportedFrom;
    private LocalDate reportedTo;

    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public Long getTownId() { return townId; }
    public void setTownId(Long townId) { this.townId = townId; }
    public HazardStatus getStatus() { return status; }
    public void setStatus(HazardStatus status) { this.status = status; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public LocalDate getReportedFrom() { return reportedFrom; }
    public void setReportedFrom(LocalDate reportedFrom) { this.reportedFrom = reportedFrom; }
    public LocalDate getReportedTo() { return reportedTo; }
    public void setReportedTo(LocalDate reportedTo) { this.reportedTo = reportedTo; }
    public HazardSource getSource() { return source; }
    public void setSource(HazardSource source) { this.source = source; }
}
