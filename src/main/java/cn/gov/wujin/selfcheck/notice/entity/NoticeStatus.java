package cn.gov.wujin.selfcheck.notice.entity;

/** 定时发布 (waiting for its time) or 已发布 (its recipients have it). */
public enum NoticeStatus {
    SCHEDULED, PUBLISHED
}
