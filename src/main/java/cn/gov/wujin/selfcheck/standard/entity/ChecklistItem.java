package cn.gov.wujin.selfcheck.standard.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** 标准细则: 排查内容, 排查标准, 判定依据, and the situation of 重大事故隐患判定标准 it maps to, if any. */
@Entity
@Table(name = "checklist_item")
@NamedQuery(name = ChecklistItem.COUNT_WITH_SITUATION, query = "SELECT COUNT(i) FROM ChecklistItem i "
        + "WHERE i.category.standard.id = :standardId AND i.majorSituation = :situation")
@NamedQuery(name = ChecklistItem.FIND_IN_STANDARD, query = "SELECT i FROM ChecklistItem i "
        + "WHERE i.category.standard.id = :standardId AND i.id IN :ids")
public class ChecklistItem {

    public static final String COUNT_WITH_SITUATION = "ChecklistItem.countWithSituation";
    public static final String FIND_IN_STANDARD = "ChecklistItem.findInStandard";


    public static final int CONTENT_LENGTH = 2000;
    public static final int CRITERION_LENGTH = 4000;
    public static final int LEGAL_BASIS_LENGTH = 2000;
    public static final int MAJOR_SITUATION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private ChecklistCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = CONTENT_LENGTH)
    private String content;

    @Column(nullable = false, length = CRITERION_LENGTH)
    private String criterion;

    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Column(name = "major_situation", length = MAJOR_SITUATION_LENGTH)
    private String majorSituation;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    /** A new item at the end of a 二级分类; adds itself to the category's list. */
    public ChecklistItem(ChecklistCategory category, int sortOrder, String content, String criterion, String legalBasis,
                         String majorSituation) {
        this.category = Objects.requireNonNull(category, "category");
        if (category.getParent() == null) {
            throw new IllegalArgumentException("items hang under a 二级分类");
        }
        this.sortOrder = sortOrder;
        change(content, criterion, legalBasis, majorSituation);
        category.getItems().add(this);
    }

    /** New texts; the major situation is optional (blank means none). */
    public void change(String content, String criterion, String legalBasis, String majorSituation) {
        this.content = required(content, CONTENT_LENGTH, "content");
        this.criterion = required(criterion, CRITERION_LENGTH, "criterion");
        this.legalBasis = required(legalBasis, LEGAL_BASIS_LENGTH, "legalBasis");
        String situation = majorSituation == null ? "" : majorSituation.strip();
        if (situation.length() > MAJOR_SITUATION_LENGTH) {
            throw new IllegalArgumentException("majorSituation");
        }
        this.majorSituation = situation.isEmpty() ? null : situation;
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(field);
        }
        return value.strip();
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
