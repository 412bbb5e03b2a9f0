package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 隐患代报: what an officer records for an enterprise, found during the authority's own inspection: the
 * fields of a general hazard, its level, and optionally the item of the enterprise's standard it was
 * found at (none: a free finding) and, for a major one, the 判定标准 situation.
 */
public class OfficerHazardForm extends GeneralHazardForm {

    @NotNull(message = "{officerReport.kind.required}")
    private HazardKind kind = HazardKind.GENERAL;

    private Long itemId;

    @Size(max = 1000)
    private String majorSituation;

    public HazardKind getKind() { return kind; }
    public void setKind(HazardKind kind) { this.kind = kind; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public String getMajorSituation() { return majorSituation; }
    public void setMajorSituation(String majorSituation) { this.majorSituation = majorSituation; }
}
