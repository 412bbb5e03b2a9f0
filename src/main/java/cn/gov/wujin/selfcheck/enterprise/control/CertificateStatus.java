package cn.gov.wujin.selfcheck.enterprise.control;

import java.time.LocalDate;

/** 安全资格证书 validity: expiring within {@value #WARNING_DAYS} days is highlighted, expired shown in red. */
public enum CertificateStatus {
    NONE, VALID, EXPIRING, EXPIRED;

    public static final int WARNING_DAYS = 30;

    public static CertificateStatus of(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return NONE;
        }
        if (validUntil.isBefore(today)) {
            return EXPIRED;
        }
        return validUntil.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
    }
}
