package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 属地: a town, sub-district or development zone. Reference data that ADMIN may edit. */
@Entity
@Table(name = "town")
@NamedQuery(name = Town.FIND_ALL_ACTIVE, query = "SELECT t FROM Town t WHERE t.active = TRUE ORDER BY t.sortOrder")
@NamedQuery(name = Town.FIND_BY_CODE, query = "SELECT t FROM Town t WHERE t.code = :code")
public class Town extends ReferenceEntry {

    public static final String FIND_ALL_ACTIVE = "Town.findAllActive";
    public static final String FIND_BY_CODE = "Town.findByCode";

    public enum Kind { TOWN, SUBDISTRICT, ZONE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Town() {
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
