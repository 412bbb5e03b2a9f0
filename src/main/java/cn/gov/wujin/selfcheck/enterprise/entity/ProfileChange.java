package cn.gov.wujin.selfcheck.enterprise.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One row of the change history of an enterprise's profile: field, old value, new value, who, when. Never changes. */
@Entity
@Table(name = "profile_change")
@NamedQuery(name = ProfileChange.FIND_BY_ENTERPRISE,
        query = "SELECT c FROM ProfileChange c WHERE c.enterprise.id = :enterpriseId ORDER BY c.changedAt DESC, c.id DESC")
public class ProfileChange implements Serializable {

    public static final String FIND_BY_ENTERPRISE = "ProfileChange.findByEnterprise";
    public static final int FIELD_LENGTH = 64;
    public static final int VALUE_LENGTH = 1000;
    public static final int WHO_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_change_seq")
    @SequenceGenerator(name = "profile_change_seq", sequenceName = "profile_change_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(nullable = false, length = FIELD_LENGTH)
    private String field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    @Column(name = "changed_by", nullable = false, length = WHO_LENGTH)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ProfileChange() {
    }

    public ProfileChange(Enterprise enterprise, String field, String oldValue, String newValue, String changedBy,
                         LocalDateTime changedAt) {
        this.enterprise = Objects.requireNonNull(enterprise);
        this.field = Objects.requireNonNull(field);
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    /** The field key; its label is the message {@code profile.<field>}. */
    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
