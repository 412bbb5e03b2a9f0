package cn.gov.wujin.selfcheck.standard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 标准细则: 排查内容, 排查标准, 判定依据, and the situation of 重大事故隐患判定标准 it maps to, if any. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private ChecklistCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(nullable = false, length = 4000)
    private String criterion;

    @Column(name = "legal_basis", nullable = false, length = 2000)
    private String legalBasis;

    @Column(name = "major_situation", length = 1000)
    private String majorSituation;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    public Long getId() {
        return id;
    }

    public ChecklistCategory getCategory() {
        return category;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getContent() {
        return content;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getMajorSituation() {
        return majorSituation;
    }
}
