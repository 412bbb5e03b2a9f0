package cn.gov.wujin.selfcheck.notice.entity;

/** Whom a notice goes to, always within the author's scope. */
public enum AudienceKind {
    /** 本辖区全部单位: every enterprise the author oversees. */
    ALL_IN_SCOPE,
    /** 按属地: the enterprises of one town. */
    TOWN,
    /** 按行业部门: the enterprises of one industry department. */
    DEPARTMENT,
    /** 按单位类型: the enterprises of one type. */
    TYPE,
    /** 指定单位: a picked list. */
    PICKED
}
