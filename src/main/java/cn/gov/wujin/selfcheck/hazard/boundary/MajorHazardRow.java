package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of an officer's list of reported major hazards (a class with getters: Jakarta EL does not read records). */
public final class MajorHazardRow implements Serializable {

    /** How much of 现状 the list shows; the whole text is on the hazard's own page. */
    static final int STATE_PREVIEW_LENGTH = 60;

    private final Long id;
    private final LocalDateTime reportedAt;
    private final Long enterpriseId;
    private final String enterpriseName;
    private final String townName;
    private final String location;
    private final String currentState;
    private final LocalDate deadline;
    private final HazardStatus status;

    public MajorHazardRow(Long id, LocalDateTime reportedAt, Long enterpriseId, String enterpriseName, String townName,
                          String location, String currentState, LocalDate deadline, HazardStatus status) {
        this.id = id;
        this.reportedAt = reportedAt;
        this.enterpriseId = enterpriseId;
        this.enterpriseName = enterpriseName;
        this.townName = townName;
        this.location = location;
        this.currentState = currentState;
        this.deadline = deadline;
        this.status = status;
    }

    public Long getId() { return id; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getTownName() { return townName; }
    public String getLocation() { return location; }
    public String getCurrentState() { return currentState; }
    public LocalDate getDeadline() { return deadline; }
    public HazardStatus getStatus() { return status; }

    /** The beginning of 现状 for the list, cut at {@value #STATE_PREVIEW_LENGTH} characters. */
    public String getCurrentStatePreview() {
        if (currentState == null || currentState.length() <= STATE_PREVIEW_LENGTH) {
            return currentState;
        }
        return currentState.substring(0, STATE_PREVIEW_LENGTH) + "…";
    }
}
