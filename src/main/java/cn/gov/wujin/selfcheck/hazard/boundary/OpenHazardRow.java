package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of 未整改隐患. */
public record OpenHazardRow(Long id, LocalDateTime reportedAt, String location, String description, String hazardType,
                            String responsible, LocalDate deadline, HazardKind kind, HazardStatus status)
        implements Serializable {

    /** 完成期限 passed: shown in red. */
    public boolean overdue(LocalDate today) {
        return deadline.isBefore(today);
    }

    /** Due within 7 days (today included): shown in orange. */
    public boolean dueSoon(LocalDate today) {
        return !overdue(today) && !deadline.isAfter(today.plusDays(7));
    }
}
