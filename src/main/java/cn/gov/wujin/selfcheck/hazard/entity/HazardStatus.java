package cn.gov.wujin.selfcheck.hazard.entity;

import java.util.List;

/**
 * General: OPEN (待整改) → RECTIFYING (整改中) → AWAITING_ACCEPTANCE (待验收) → CLOSED (已销号), back to
 * RECTIFYING on a failed acceptance. Major: REPORTED (已上报, and back from RETURNED: 退回补充) →
 * SUPERVISED (挂牌督办) → RECTIFYING (治理中) → ACCEPTANCE_REQUESTED (申请验收) → CLOSED,
 * back to RECTIFYING on a failed acceptance (DOMAIN.md). The transitions are methods of {@link Hazard}.
 */
public enum HazardStatus {
    OPEN, RECTIFYING, AWAITING_ACCEPTANCE, REPORTED, RETURNED, SUPERVISED, ACCEPTANCE_REQUESTED, CLOSED;

    /** The statuses a general hazard passes through, in order. */
    public static final List<HazardStatus> GENERAL_FLOW = List.of(OPEN, RECTIFYING, AWAITING_ACCEPTANCE, CLOSED);

    /** The statuses a major hazard passes through, in order. */
    public static final List<HazardStatus> MAJOR_FLOW =
            List.of(REPORTED, RETURNED, SUPERVISED, RECTIFYING, ACCEPTANCE_REQUESTED, CLOSED);
}
