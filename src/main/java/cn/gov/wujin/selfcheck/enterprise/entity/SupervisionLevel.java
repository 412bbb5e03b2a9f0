package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** 单位级别 (重点 / 一般): read-only reference data loaded by migration. */
@Entity
@Table(name = "supervision_level")
@NamedQuery(name = SupervisionLevel.FIND_ALL, query = "SELECT l FROM SupervisionLevel l ORDER BY l.sortOrder")
@NamedQuery(name = SupervisionLevel.FIND_BY_CODE, query = "SELECT l FROM SupervisionLevel l WHERE l.code = :code")
public class SupervisionLevel extends ReferenceEntry {

    public static final String FIND_ALL = "SupervisionLevel.findAll";
    public static final String FIND_BY_CODE = "SupervisionLevel.findByCode";

    protected SupervisionLevel() {
    }
}
