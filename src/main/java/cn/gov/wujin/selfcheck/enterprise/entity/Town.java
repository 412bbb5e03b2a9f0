package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/** 属地: a town, sub-district or development zone. Reference data that ADMIN may edit. */
@Entity
@Table(name = "town")
@NamedQuery(name = Town.FIND_ALL_ACTIVE, query = "SELECT t FROM Town t WHERE t.active = TRUE ORDER BY t.sortOrder")
@NamedQuery(name = Town.FIND_BY_CODE, query = "SELECT t FROM Town t WHERE t.code = :code")
public class Town implements Serializable {

    public static final String FIND_ALL_ACTIVE = "Town.findAllActive";
    public static final String FIND_BY_CODE = "Town.findByCode";

    public enum Kind { TOWN, SUBDISTRICT, ZONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Town() {
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

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
