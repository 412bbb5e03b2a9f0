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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 生产经营单位: a supervised business. Its name, town, department, type and supervision level are
 * fixed fields: only officers in scope change them.
 */
@Entity
@Table(name = "enterprise")
@NamedQuery(name = Enterprise.FIND_BY_NAME, query = "SELECT e FROM Enterprise e WHERE e.name = :name")
public class Enterprise implements Serializable {

    public static final String FIND_BY_NAME = "Enterprise.findByName";
    public static final int NAME_LENGTH = 200;
    public static final int PERSON_NAME_LENGTH = 50;
    public static final int PHONE_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Size(max = 18)
    @Column(name = "credit_code", unique = true, length = 18)
    private String creditCode;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "town_id", nullable = false)
    private Town town;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id", nullable = false)
    private IndustryDepartment department;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "type_id", nullable = false)
    private EnterpriseType type;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "supervision_level_id", nullable = false)
    private SupervisionLevel supervisionLevel;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "standardization_level_id")
    private StandardizationLevel standardizationLevel;

    @Min(0)
    @Max(100)
    @Column(name = "rating_score")
    private Integer ratingScore;

    @Size(max = PERSON_NAME_LENGTH)
    @Column(name = "principal_name", length = PERSON_NAME_LENGTH)
    private String principalName;

    @Size(max = PHONE_LENGTH)
    @Column(name = "contact_phone", length = PHONE_LENGTH)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** 停用: a disabled enterprise keeps its records but is no longer supervised (nor can its login be used). */
    @Column(nullable = false)
    private boolean active = true;

    /** Whether the profile has every required field, kept by each save (the officers' list filters on it). */
    @Column(name = "profile_complete", nullable = false)
    private boolean profileComplete;

    @Version
    private long version;

    protected Enterprise() {
    }

    public Enterprise(String name, String creditCode, Town town, IndustryDepartment department, EnterpriseType type,
                      SupervisionLevel supervisionLevel, LocalDateTime createdAt) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        this.name = name.strip();
        this.creditCode = creditCode;
        this.town = Objects.requireNonNull(town, "town");
        this.department = Objects.requireNonNull(department, "department");
        this.type = Objects.requireNonNull(type, "type");
        this.supervisionLevel = Objects.requireNonNull(supervisionLevel, "supervisionLevel");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Records who runs the enterprise and how to reach them (shown on the home page). */
    public void updateContact(String principalName, String contactPhone) {
        this.principalName = principalName;
        this.contactPhone = contactPhone;
    }

    /** Officers in scope correct the fixed fields (name, credit code, town, department, type, level). */
    public void correctFixedFields(String name, String creditCode, Town town, IndustryDepartment department,
                                   EnterpriseType type, SupervisionLevel supervisionLevel) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        this.name = name.strip();
        this.creditCode = creditCode;
        this.town = Objects.requireNonNull(town, "town");
        this.department = Objects.requireNonNull(department, "department");
        this.type = Objects.requireNonNull(type, "type");
        this.supervisionLevel = Objects.requireNonNull(supervisionLevel, "supervisionLevel");
    }

    /** The standardization level the enterprise reports in its profile; the rating score stays. */
    public void reportStandardization(StandardizationLevel standardizationLevel) {
        this.standardizationLevel = standardizationLevel;
    }

    public void rate(StandardizationLevel standardizationLevel, Integer ratingScore) {
        if (ratingScore != null && (ratingScore < 0 || ratingScore > 100)) {
            throw new IllegalArgumentException("ratingScore must be 0-100");
        }
        this.standardizationLevel = standardizationLevel;
        this.ratingScore = ratingScore;
    }

    public void disable() {
        active = false;
    }

    public void enable() {
        active = true;
    }

    public void markProfileComplete(boolean complete) {
        this.profileComplete = complete;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isProfileComplete() {
        return profileComplete;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Town getTown() {
        return town;
    }

    public IndustryDepartment getDepartment() {
        return department;
    }

    public EnterpriseType getType() {
        return type;
    }

    public SupervisionLevel getSupervisionLevel() {
        return supervisionLevel;
    }

    public StandardizationLevel getStandardizationLevel() {
        return standardizationLevel;
    }

    public Integer getRatingScore() {
        return ratingScore;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
