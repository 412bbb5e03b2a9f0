package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.inspection.control.RecordComparison;

import java.io.Serializable;

/** 对比: the older record on the left, the newer on the right, and their rows. */
public final class InspectionComparison implements Serializable {

    private final InspectionSummary left;
    private final InspectionSummary right;
    private final RecordComparison comparison;

    public InspectionComparison(InspectionSummary left, InspectionSummary right, RecordComparison comparison) {
        this.left = left;
        this.right = right;
        this.comparison = comparison;
    }

    public InspectionSummary getLeft() { return left; }
    public InspectionSummary getRight() { return right; }
    public RecordComparison getComparison() { return comparison; }
}
