package cn.gov.wujin.selfcheck.hazard.entity;

/** 一般隐患 / 重大隐患. */
public enum HazardKind {
    GENERAL, MAJOR
}
