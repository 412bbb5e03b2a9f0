package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.inspection.entity.InspectionAnswer;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;

import java.util.Map;

/** A record and its answers by item id. */
public record InspectionDetail(SelfInspection inspection, Map<Long, InspectionAnswer> answersByItem) {
}
