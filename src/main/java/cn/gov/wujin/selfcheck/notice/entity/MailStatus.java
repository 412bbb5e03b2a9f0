package cn.gov.wujin.selfcheck.notice.entity;

/** 待发送 (also while a retry waits), 已发送, 发送失败 (gave up; ADMIN may send it again). */
public enum MailStatus {
    PENDING, SENT, FAILED
}
