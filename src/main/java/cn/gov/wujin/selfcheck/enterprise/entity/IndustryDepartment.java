package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 行业主管部门: the department that supervises an enterprise's industry. Reference data. */
@Entity
@Table(name = "industry_department")
@NamedQuery(name = IndustryDepartment.FIND_ALL_ACTIVE,
        query = "SELECT d FROM IndustryDepartment d WHERE d.active = TRUE ORDER BY d.sortOrder")
@NamedQuery(name = IndustryDepartment.FIND_BY_CODE, query = "SELECT d FROM IndustryDepartment d WHERE d.code = :code")
public class IndustryDepartment extends ReferenceEntry {

    public static final String FIND_ALL_ACTIVE = "IndustryDepartment.findAllActive";
    public static final String FIND_BY_CODE = "IndustryDepartment.findByCode";

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected IndustryDepartment() {
    }

    public boolean isActive() {
        return active;
    }
}
