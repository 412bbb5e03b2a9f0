package cn.gov.wujin.selfcheck.enterprise.entity;

/** 人员类别 of a 单位人员. Exactly one {@link #SAFETY_HEAD} per enterprise at a time. */
public enum StaffCategory {
    PRINCIPAL, SAFETY_HEAD, FULL_TIME_SAFETY, PART_TIME_SAFETY, SAFETY_ENGINEER, SPECIAL_OPERATOR
}
