package cn.gov.wujin.selfcheck.hazard.entity;

/**
 * General: OPEN → RECTIFYING → RECTIFIED. Major: REPORTED → ACCEPTED_FOR_SUPERVISION → RECTIFYING →
 * ACCEPTANCE_REQUESTED → CLOSED (DOMAIN.md). The rectification workflow comes with the hazard issue.
 */
public enum HazardStatus {
    OPEN, RECTIFYING, RECTIFIED, REPORTED, ACCEPTED_FOR_SUPERVISION, ACCEPTANCE_REQUESTED, CLOSED
}
