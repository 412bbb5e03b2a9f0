package cn.gov.wujin.selfcheck.standard.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

/** 一级分类 (no parent: 基础管理, 现场管理) or 二级分类 under one; items hang under a 二级分类. */
@Entity
@Table(name = "checklist_category")
public class ChecklistCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id", nullable = false)
    private ChecklistStandard standard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ChecklistCategory parent;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
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

    public Long getId() {
        return id;
    }

    public ChecklistStandard getStandard() {
        return standard;
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
