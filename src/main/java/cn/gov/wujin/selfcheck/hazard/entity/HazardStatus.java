package cn.gov.wujin.selfcheck.hazard.entity;

import java.util.List;

/**
 * General: OPEN (待整改) → RECTIFYING (整改中) → AWAITING_ACCEPTANCE (待验收) → CLOSED (已销号), back to
 * RECTIFYING on a failed acceptance. Major: REPORTED → ACCEPTED_FOR_SUPERVISION → RECTIFYING →
 * ACCEPTANCE_REQUESTED → CLOSED (DOMAIN.md). The transitions are methods of {@link Hazard}.
 */
public enum HazardStatus {
    OPEN, RECTIFYING, AWAITING_ACCEPTANCE, REPORTED, ACCEPTED_FOR_SUPERVISION, ACCEPTANCE_REQUESTED, CLOSED;

    /** The statuses a general hazard passes through, in order. */
    public static final List<HazardStatus> GENERAL_FLOW = List.of(OPEN, RECTIFYING, AWAITING_ACCEPTANCE, CLOSED);

    /** The statuses a major hazard passes through, in order. */
    public static final List<HazardStatus> MAJOR_FLOW =
            List.of(REPORTED, ACCEPTED_FOR_SUPERVISION, RECTIFYING, ACCEPTANCE_REQUESTED, CLOSED);
}
