package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.hazard.entity.MajorReport;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 重大隐患报告 in full, as an officer reads it: who reported it and when, the three parts of the report
 * (16号令), the six elements of the plan, and the checklist item it was found at. Read inside the
 * boundary's transaction, so the page touches no lazy association.
 */
public final class MajorHazardReport implements Serializable {

    private final Long id;
    private final HazardStatus status;
    private final LocalDateTime reportedAt;
    private final String reportedBy;
    private final Long enterpriseId;
    private final String enterpriseName;
    private final String townName;
    private final String departmentName;
    private final String location;
    private final MajorReport report;
    private final String description;
    private final HazardSource source;
    private final String responsible;
    private final LocalDate deadline;
    private final String majorSituation;
    private final String itemSection;
    private final String itemGroup;
    private final String itemContent;
    private final String itemCriterion;
    private final String itemLegalBasis;
    private final String itemMajorSituation;

    private MajorHazardReport(Hazard hazard) {
        Enterprise enterprise = hazard.getEnterprise();
        this.id = hazard.getId();
        this.status = hazard.getStatus();
        this.reportedAt = hazard.getReportedAt();
        this.reportedBy = hazard.getReportedBy();
        this.enterpriseId = enterprise.getId();
        this.enterpriseName = enterprise.getName();
        this.townName = enterprise.getTown().getName();
        this.departmentName = enterprise.getDepartment().getName();
        this.location = hazard.getLocation();
        this.report = hazard.getReport();
        this.description = hazard.getDescription();
        this.source = hazard.getSource();
        this.responsible = hazard.getResponsible();
        this.deadline = hazard.getDeadline();
        this.majorSituation = hazard.getMajorSituation();
        ChecklistItem item = hazard.getItem();
        ChecklistCategory group = item == null ? null : item.getCategory();
        ChecklistCategory section = group == null ? null : group.getParent();
        this.itemSection = section == null ? null : section.getName();
        this.itemGroup = group == null ? null : group.getName();
        this.itemContent = item == null ? null : item.getContent();
        this.itemCriterion = item == null ? null : item.getCriterion();
        this.itemLegalBasis = item == null ? null : item.getLegalBasis();
        this.itemMajorSituation = item == null ? null : item.getMajorSituation();
    }

    static MajorHazardReport of(Hazard hazard) {
        return new MajorHazardReport(hazard);
    }

    public Long getId() { return id; }
    public HazardStatus getStatus() { return status; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getReportedBy() { return reportedBy; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getTownName() { return townName; }
    public String getDepartmentName() { return departmentName; }
    public String getLocation() { return location; }
    /** The enterprise's report; null for one found by an officer (代报). */
    public MajorReport getReport() { return report; }
    /** 隐患现状: the report's current state, or the officer's finding. */
    public String getDescription() { return description; }
    public HazardSource getSource() { return source; }
    public boolean isOfficerReported() { return source == HazardSource.OFFICER; }
    public String getResponsible() { return responsible; }
    public LocalDate getDeadline() { return deadline; }
    public String getMajorSituation() { return majorSituation; }
    public boolean isItemKnown() { return itemContent != null; }
    public String getItemSection() { return itemSection; }
    public String getItemGroup() { return itemGroup; }
    public String getItemContent() { return itemContent; }
    public String getItemCriterion() { return itemCriterion; }
    public String getItemLegalBasis() { return itemLegalBasis; }
    public String getItemMajorSituation() { return itemMajorSituation; }
}
