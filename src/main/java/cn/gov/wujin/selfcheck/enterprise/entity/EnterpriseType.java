package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 单位类型: a category (大类, no parent) or a subtype (小类) under it. The type decides which
 * checklist standard applies; a subtype may use its category's standard.
 */
@Entity
@Table(name = "enterprise_type")
@NamedQuery(name = EnterpriseType.FIND_BY_CODE, query = "SELECT t FROM EnterpriseType t WHERE t.code = :code")
public class EnterpriseType extends ReferenceEntry {

    public static final String FIND_BY_CODE = "EnterpriseType.findByCode";

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private EnterpriseType parent;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected EnterpriseType() {
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
        return parent == null ? getName() : parent.getName() + " / " + getName();
    }
}
