package cn.gov.wujin.selfcheck.statistics.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.util.List;

/**
 * A number of the dashboard, and so the list behind it: enterprises, records or hazards. The list's
 * conditions are the ones the number is counted with ({@link Statistics}), so a list always holds as
 * many rows as its number says.
 */
public enum Measure {
    /** 应报单位: active, in scope, registered before the period began. */
    DUE(Subject.ENTERPRISE),
    /** 已填报: a due enterprise with a record of the period, draft or submitted. */
    SAVED(Subject.ENTERPRISE),
    /** 已上报. */
    SUBMITTED(Subject.ENTERPRISE),
    /** 主动上报: at least one record submitted by hand. */
    BY_HAND(Subject.ENTERPRISE),
    /** 自动上报: submitted, but only by the automatic submission. */
    AUTO(Subject.ENTERPRISE),
    /** 未上报. */
    NOT_REPORTED(Subject.ENTERPRISE),
    /** 质量提示 六个月零隐患: a submitted record without a hazard in each of the six months up to the period's last. */
    ZERO_STREAK(Subject.ENTERPRISE),
    /** 质量提示 代报多于自查: more hazards of the period found by officers (代报) than by the enterprise itself. */
    OFFICER_MORE(Subject.ENTERPRISE),
    /** 上报记录: submitted records of due enterprises. */
    RECORDS(Subject.RECORD),
    /** 零隐患记录: submitted records without a hazard. */
    ZERO_RECORDS(Subject.RECORD),
    GENERAL_FOUND(Subject.HAZARD),
    MAJOR_FOUND(Subject.HAZARD),
    /** 已整改 (已销号), general and major. */
    RECTIFIED(Subject.HAZARD),
    /** 未整改, general and major. */
    OPEN(Subject.HAZARD),
    /** 已逾期: not closed and past the deadline. */
    OVERDUE(Subject.HAZARD),
    MAJOR_REPORTED(Subject.HAZARD, HazardStatus.REPORTED, HazardStatus.RETURNED),
    MAJOR_SUPERVISED(Subject.HAZARD, HazardStatus.SUPERVISED),
    MAJOR_RECTIFYING(Subject.HAZARD, HazardStatus.RECTIFYING),
    MAJOR_ACCEPTANCE_REQUESTED(Subject.HAZARD, HazardStatus.ACCEPTANCE_REQUESTED),
    MAJOR_CLOSED(Subject.HAZARD, HazardStatus.CLOSED);

    public enum Subject { ENTERPRISE, RECORD, HAZARD }

    private final Subject subject;
    private final List<HazardStatus> majorStatuses;

    Measure(Subject subject, HazardStatus... majorStatuses) {
        this.subject = subject;
        this.majorStatuses = List.of(majorStatuses);
    }

    /** A 质量提示: a list of its own, not a column of the table. */
    public boolean isFlag() {
        return this == ZERO_STREAK || this == OFFICER_MORE;
    }

    public Subject subject() {
        return subject;
    }

    /** For the major-hazard states: the statuses counted (已上报 includes 退回补充). */
    List<HazardStatus> majorStatuses() {
        return majorStatuses;
    }

    /** The measures of the major hazards by state, in the workflow's order. */
    public static final List<Measure> MAJOR_STATES = List.of(MAJOR_REPORTED, MAJOR_SUPERVISED, MAJOR_RECTIFYING,
            MAJOR_ACCEPTANCE_REQUESTED, MAJOR_CLOSED);

    /** The kind a found-hazard measure counts, if it is one. */
    HazardKind foundKind() {
        return this == GENERAL_FOUND ? HazardKind.GENERAL : this == MAJOR_FOUND ? HazardKind.MAJOR : null;
    }
}
