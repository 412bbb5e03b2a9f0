package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** 安全生产标准化级别: read-only reference data loaded by migration. */
@Entity
@Table(name = "standardization_level")
@NamedQuery(name = StandardizationLevel.FIND_ALL, query = "SELECT l FROM StandardizationLevel l ORDER BY l.sortOrder")
@NamedQuery(name = StandardizationLevel.FIND_BY_CODE, query = "SELECT l FROM StandardizationLevel l WHERE l.code = :code")
public class StandardizationLevel extends ReferenceEntry {

    public static final String FIND_ALL = "StandardizationLevel.findAll";
    public static final String FIND_BY_CODE = "StandardizationLevel.findByCode";

    protected StandardizationLevel() {
    }
}
