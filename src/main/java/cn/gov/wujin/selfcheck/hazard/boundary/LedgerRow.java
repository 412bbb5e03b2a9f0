package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the 台帐 (第十三条): 隐患部位, 隐患类型, 主要问题, 整治负责人, 完成期限, 资金使用情况, 整改审查意见,
 * 验收结果, level, status and source. A class with getters: Jakarta EL 5 does not read records.
 */
public final class LedgerRow implements Serializable {

    private final Long id;
    private final String enterpriseName;
    private final LocalDateTime reportedAt;
    private final String location;
    private final String hazardType;
    private final String description;
    private final String responsible;
    private final LocalDate deadline;
    private final HazardKind kind;
    private final HazardStatus status;
    private final HazardSource source;
    private BigDecimal fundsUsed = BigDecimal.ZERO;
    private String reviewOpinion;
    /** The last acceptance: true passed, false failed, null none yet. */
    private Boolean accepted;

    public LedgerRow(Long id, String enterpriseName, LocalDateTime reportedAt, String location, String hazardType,
                     String description, String responsible, LocalDate deadline, HazardKind kind, HazardStatus status,
                     HazardSource source) {
        this.id = id;
        this.enterpriseName = enterpriseName;
        this.reportedAt = reportedAt;
        this.location = location;
        this.hazardType = hazardType;
        this.description = description;
        this.responsible = responsible;
        this.deadline = deadline;
        this.kind = kind;
        this.status = status;
        this.source = source;
    }

    void fundsUsed(BigDecimal funds) {
        this.fundsUsed = funds == null ? BigDecimal.ZERO : funds;
    }

    void accepted(String opinion, boolean passed) {
        this.reviewOpinion = opinion;
        this.accepted = passed;
    }

    public Long getId() { return id; }
    public String getEnterpriseName() { return enterpriseName; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getLocation() { return location; }
    public String getHazardType() { return hazardType; }
    public String getDescription() { return description; }
    public String getResponsible() { return responsible; }
    public LocalDate getDeadline() { return deadline; }
    public HazardKind getKind() { return kind; }
    public HazardSource getSource() { return source; }
    public HazardStatus getStatus() { return status; }
    public BigDecimal getFundsUsed() { return fundsUsed; }
    public String getReviewOpinion() { return reviewOpinion; }
    public Boolean getAccepted() { return accepted; }
}
