package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/** 单位级别 (重点 / 一般): read-only reference data loaded by migration. */
@Entity
@Table(name = "supervision_level")
@NamedQuery(name = SupervisionLevel.FIND_ALL, query = "SELECT l FROM SupervisionLevel l ORDER BY l.sortOrder")
@NamedQuery(name = SupervisionLevel.FIND_BY_CODE, query = "SELECT l FROM SupervisionLevel l WHERE l.code = :code")
public class SupervisionLevel implements Serializable {

    public static final String FIND_ALL = "SupervisionLevel.findAll";
    public static final String FIND_BY_CODE = "SupervisionLevel.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SupervisionLevel() {
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
