package cn.gov.wujin.selfcheck.standard.entity;

/** A standard version is edited as a DRAFT, then PUBLISHED (never changed again), then RETIRED by a newer one. */
public enum StandardStatus {
    DRAFT, PUBLISHED, RETIRED
}
