package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/**
 * 单位类型: a category (大类, no parent) or a subtype (小类) under it. The type decides which
 * checklist standard applies; a subtype may use its category's standard.
 */
@Entity
@Table(name = "enterprise_type")
@NamedQuery(name = EnterpriseType.FIND_BY_CODE, query = "SELECT t FROM EnterpriseType t WHERE t.code = :code")
public class EnterpriseType implements Serializable {

    public static final String FIND_BY_CODE = "EnterpriseType.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private EnterpriseType parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected EnterpriseType() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public EnterpriseType getParent() {
        return parent;
    }

    /** The 大类 this type belongs to (itself for a category). */
    public EnterpriseType getCategory() {
        return parent == null ? this : parent;
    }

    /** "工贸企业 / 机械" for a subtype, the name alone for a category. */
    public String getFullName() {
        return parent == null ? name : parent.getName() + " / " + name;
    }
}
