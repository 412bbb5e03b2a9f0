package cn.gov.wujin.selfcheck.hazard.entity;

import java.util.List;

/**
 * General: OPEN → RECTIFYING → RECTIFIED. Major: REPORTED → ACCEPTED_FOR_SUPERVISION → RECTIFYING →
 * ACCEPTANCE_REQUESTED → CLOSED (DOMAIN.md). The rectification workflow comes with the hazard issue.
 */
public enum HazardStatus {
    OPEN, RECTIFYING, RECTIFIED, REPORTED, ACCEPTED_FOR_SUPERVISION, ACCEPTANCE_REQUESTED, CLOSED;

    /** The statuses a major hazard passes through, in order. */
    public static final List<HazardStatus> MAJOR_FLOW =
            List.of(REPORTED, ACCEPTED_FOR_SUPERVISION, RECTIFYING, ACCEPTANCE_REQUESTED, CLOSED);
}
