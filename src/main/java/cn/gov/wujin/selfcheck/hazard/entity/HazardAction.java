package cn.gov.wujin.selfcheck.hazard.entity;

/** What a row of a hazard's trail records: a step of its life cycle or a fact recorded while it is open. */
public enum HazardAction {
    /** 退回补充 by an officer: the report lacks something, the reason says what. */
    RETURNED,
    /** 补充信息 by the enterprise after a 退回补充; the original report stays as it was. */
    SUPPLEMENTED,
    /** 挂牌督办 by an officer, with the 督办通知书's document number. */
    SUPERVISED,
    /** 第十五条: the enterprise confirms the measures taken while the major hazard is open. */
    MEASURES_CONFIRMED,
    /** 延期申请 by the enterprise: a new date and the reason. */
    EXTENSION_REQUESTED,
    /** 同意延期 by an officer: the deadline becomes the requested date. */
    EXTENSION_GRANTED,
    /** 不同意延期 by an officer, with the reason; the deadline stays. */
    EXTENSION_REFUSED,
    /** 整改: a step of the work. */
    RECTIFICATION,
    /** 申请验收 of a major hazard, with the enterprise's own evaluation. */
    ACCEPTANCE_REQUESTED,
    /** 验收通过: the hazard is closed (已销号). */
    ACCEPTANCE_PASSED,
    /** 验收不通过: back to 整改中 / 治理中, with the reasons. */
    ACCEPTANCE_FAILED,
    /** 复查通过 by an officer of a hazard found by 代报: closed (已销号). */
    RECHECK_PASSED,
    /** 复查不通过 by an officer: back to 整改中, with the reason. */
    RECHECK_FAILED
}
