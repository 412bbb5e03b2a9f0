package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/** 行业主管部门: the department that supervises an enterprise's industry. Reference data. */
@Entity
@Table(name = "industry_department")
@NamedQuery(name = IndustryDepartment.FIND_ALL_ACTIVE,
        query = "SELECT d FROM IndustryDepartment d WHERE d.active = TRUE ORDER BY d.sortOrder")
@NamedQuery(name = IndustryDepartment.FIND_BY_CODE, query = "SELECT d FROM IndustryDepartment d WHERE d.code = :code")
public class IndustryDepartment implements Serializable {

    public static final String FIND_ALL_ACTIVE = "IndustryDepartment.findAllActive";
    public static final String FIND_BY_CODE = "IndustryDepartment.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected IndustryDepartment() {
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
