package cn.gov.wujin.selfcheck.inspection.entity;

/** DRAFT (当前月自查记录: editable, deletable) → SUBMITTED (历史记录: read-only). */
public enum InspectionStatus {
    DRAFT, SUBMITTED
}
