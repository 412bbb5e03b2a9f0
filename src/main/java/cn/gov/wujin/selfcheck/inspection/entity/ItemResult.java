package cn.gov.wujin.selfcheck.inspection.entity;

/** 无此隐患 / 一般隐患 / 重大隐患. */
public enum ItemResult {
    NONE, GENERAL, MAJOR
}
