package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/** 安全生产标准化级别: read-only reference data loaded by migration. */
@Entity
@Table(name = "standardization_level")
@NamedQuery(name = StandardizationLevel.FIND_ALL, query = "SELECT l FROM StandardizationLevel l ORDER BY l.sortOrder")
@NamedQuery(name = StandardizationLevel.FIND_BY_CODE, query = "SELECT l FROM StandardizationLevel l WHERE l.code = :code")
public class StandardizationLevel implements Serializable {

    public static final String FIND_ALL = "StandardizationLevel.findAll";
    public static final String FIND_BY_CODE = "StandardizationLevel.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected StandardizationLevel() {
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
}
