package cn.gov.wujin.selfcheck.standard.boundary;

import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The texts of one item as the edit dialog holds them; the boundary checks them again (StandardRules). */
public class ItemForm implements Serializable {

    @NotBlank
    @Size(max = ChecklistItem.CONTENT_LENGTH)
    private String content;

    @NotBlank
    @Size(max = ChecklistItem.CRITERION_LENGTH)
    private String criterion;

    @NotBlank
    @Size(max = ChecklistItem.LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Size(max = ChecklistItem.MAJOR_SITUATION_LENGTH)
    private String majorSituation;

    public ItemForm() {
    }

    public ItemForm(String content, String criterion, String legalBasis, String majorSituation) {
        this.content = content;
        this.criterion = criterion;
        this.legalBasis = legalBasis;
        this.majorSituation = majorSituation;
    }

    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getCriterion() { return criterion; }
    public void setCriterion(String criterion) { this.criterion = criterion; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getMajorSituation() { return majorSituation; }
    public void setMajorSituation(String majorSituation) { this.majorSituation = majorSituation; }
}
