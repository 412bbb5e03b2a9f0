package cn.gov.wujin.selfcheck.hazard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * 第十五条 (安监总局16号令): what the enterprise must do while a major hazard is open. It confirms each
 * measure it has taken; 停产停业或停止使用 only where the hazard needs it.
 */
@Embeddable
public class SafetyMeasures implements Serializable {

    /** 从危险区域内撤出作业人员. */
    @Column(name = "measure_workers_withdrawn")
    private Boolean workersWithdrawn;

    /** 疏散可能危及的其他人员. */
    @Column(name = "measure_people_evacuated")
    private Boolean peopleEvacuated;

    /** 设置警戒标志. */
    @Column(name = "measure_warning_signs")
    private Boolean warningSigns;

    /** 暂时局部或者全部停产停业或者停止使用. */
    @Column(name = "measure_suspended")
    private Boolean suspended;

    /** 加强监测监控和维护保养. */
    @Column(name = "measure_monitoring")
    private Boolean monitoring;

    public SafetyMeasures() {
    }

    public SafetyMeasures(SafetyMeasures other) {
        this.workersWithdrawn = other.workersWithdrawn;
        this.peopleEvacuated = other.peopleEvacuated;
        this.warningSigns = other.warningSigns;
        this.suspended = other.suspended;
        this.monitoring = other.monitoring;
    }

    /** The trail's comment: the measures confirmed, by their bundle keys' suffixes. */
    public String confirmedNames() {
        StringBuilder names = new StringBuilder();
        append(names, isWorkersWithdrawn(), "workersWithdrawn");
        append(names, isPeopleEvacuated(), "peopleEvacuated");
        append(names, isWarningSigns(), "warningSigns");
        append(names, isSuspended(), "suspended");
        append(names, isMonitoring(), "monitoring");
        return names.toString();
    }

    private static void append(StringBuilder names, boolean confirmed, String name) {
        if (confirmed) {
            names.append(names.isEmpty() ? "" : ",").append(name);
        }
    }

    public boolean isAny() {
        return !confirmedNames().isEmpty();
    }

    public boolean isWorkersWithdrawn() { return Boolean.TRUE.equals(workersWithdrawn); }
    public void setWorkersWithdrawn(boolean v) { workersWithdrawn = v; }
    public boolean isPeopleEvacuated() { return Boolean.TRUE.equals(peopleEvacuated); }
    public void setPeopleEvacuated(boolean v) { peopleEvacuated = v; }
    public boolean isWarningSigns() { return Boolean.TRUE.equals(warningSigns); }
    public void setWarningSigns(boolean v) { warningSigns = v; }
    public boolean isSuspended() { return Boolean.TRUE.equals(suspended); }
    public void setSuspended(boolean v) { suspended = v; }
    public boolean isMonitoring() { return Boolean.TRUE.equals(monitoring); }
    public void setMonitoring(boolean v) { monitoring = v; }
}
