package cn.gov.wujin.selfcheck.hazard.entity;

/** The level of a 挂牌督办 (supervised listing): by the district or by the town. */
public enum ListingLevel {
    DISTRICT, TOWN
}
