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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 一级分类 (no parent: 基础管理, 现场管理) or 二级分类 under one; items hang under a 二级分类. */
@Entity
@Table(name = "checklist_category")
public class ChecklistCategory {

    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_category_seq")
    @SequenceGenerator(name = "checklist_category_seq", sequenceName = "checklist_category_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id", nullable = false)
    private ChecklistStandard standard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ChecklistCategory parent;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "parent")
    @OrderBy("sortOrder")
    private List<ChecklistCategory> children = new ArrayList<>();

    @OneToMany(mappedBy = "category")
    @OrderBy("sortOrder")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    protected ChecklistCategory() {
    }

    /** A 一级分类 (parent null) or a 二级分类 of a standard; adds itself to the standard's and the parent's lists. */
    public ChecklistCategory(ChecklistStandard standard, ChecklistCategory parent, String code, String name, int sortOrder) {
        this.standard = Objects.requireNonNull(standard, "standard");
        if (parent != null && (parent.parent != null || parent.standard != standard)) {
            throw new IllegalArgumentException("a 二级分类 hangs under a 一级分类 of the same standard");
        }
        if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
            throw new IllegalArgumentException("code");
        }
        this.parent = parent;
        this.code = code;
        this.sortOrder = sortOrder;
        rename(name);
        standard.getCategories().add(this);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > NAME_LENGTH) {
            throw new IllegalArgumentException("name");
        }
        this.name = newName.strip();
    }

    public ChecklistStandard getStandard() {
        return standard;
    }

    public Long getId() {
        return id;
    }

    public ChecklistCategory getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<ChecklistCategory> getChildren() {
        return children;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }
}
