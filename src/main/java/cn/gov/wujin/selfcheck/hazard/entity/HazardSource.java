package cn.gov.wujin.selfcheck.hazard.entity;

/** Who found a hazard: the enterprise in its 自查, or an officer in the authority's own inspection (代报). */
public enum HazardSource {
    /** 自查: recorded by the enterprise. */
    SELF,
    /** 代报: recorded by an officer for an enterprise in scope; a general one is closed only by an officer's 复查. */
    OFFICER
}
