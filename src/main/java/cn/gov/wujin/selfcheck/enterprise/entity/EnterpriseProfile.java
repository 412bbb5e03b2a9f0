package cn.gov.wujin.selfcheck.enterprise.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** 企业基本信息: the variable profile of one enterprise (its fixed fields stay on {@link Enterprise}). */
@Entity
@Table(name = "enterprise_profile")
@NamedQuery(name = EnterpriseProfile.FIND_BY_ENTERPRISE,
        query = "SELECT p FROM EnterpriseProfile p WHERE p.enterprise.id = :enterpriseId")
@NamedQuery(name = EnterpriseProfile.FIND_ENTERPRISE_WITH_PROFILE,
        query = "SELECT e, p FROM Enterprise e LEFT JOIN EnterpriseProfile p ON p.enterprise = e WHERE e.id = :enterpriseId")
public class EnterpriseProfile implements Serializable {

    public static final String FIND_BY_ENTERPRISE = "EnterpriseProfile.findByEnterprise";
    /** An enterprise and its profile (null when it has none yet), as {@code Object[] {Enterprise, EnterpriseProfile}}. */
    public static final String FIND_ENTERPRISE_WITH_PROFILE = "EnterpriseProfile.findEnterpriseWithProfile";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_profile_seq")
    @SequenceGenerator(name = "enterprise_profile_seq", sequenceName = "enterprise_profile_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false, unique = true)
    private Enterprise enterprise;

    @Valid
    @Embedded
    private ProfileData data = new ProfileData();

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected EnterpriseProfile() {
    }

    public EnterpriseProfile(Enterprise enterprise, LocalDateTime now) {
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.updatedAt = Objects.requireNonNull(now, "now");
        data.setPrincipalName(enterprise.getPrincipalName());
        data.setContactPhone(enterprise.getContactPhone());
    }

    /** Takes over the values of a checked form, saved by {@code by}. */
    public void revise(ProfileData revised, LocalDateTime now, String by) {
        this.data = revised.copy();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** A copy: changes go through {@link #revise}. */
    public ProfileData getData() {
        return data == null ? new ProfileData() : data.copy();
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
