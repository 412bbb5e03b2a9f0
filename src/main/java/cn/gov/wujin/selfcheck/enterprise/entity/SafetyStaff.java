package cn.gov.wujin.selfcheck.enterprise.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 单位人员: a person of the enterprise's safety organisation. {@code safety_head_of} holds the
 * enterprise id only for the 安全负责人 and is unique, so the database itself keeps it to one.
 */
@Entity
@Table(name = "safety_staff")
@NamedQuery(name = SafetyStaff.FIND_BY_ENTERPRISE,
        query = "SELECT s FROM SafetyStaff s WHERE s.enterprise.id = :enterpriseId ORDER BY s.headOrder, s.name, s.id")
@NamedQuery(name = SafetyStaff.FIND_HEAD,
        query = "SELECT s FROM SafetyStaff s WHERE s.enterprise.id = :enterpriseId AND s.category = "
                + "cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory.SAFETY_HEAD")
public class SafetyStaff implements Serializable {

    public static final String FIND_BY_ENTERPRISE = "SafetyStaff.findByEnterprise";
    public static final String FIND_HEAD = "SafetyStaff.findHead";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_staff_seq")
    @SequenceGenerator(name = "safety_staff_seq", sequenceName = "safety_staff_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(nullable = false, length = StaffData.NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(nullable = false, length = StaffData.POSITION)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StaffCategory category;

    /** 0 for the 安全负责人 so that it lists first, 1 otherwise. */
    @Column(name = "head_order", nullable = false)
    private int headOrder;

    @Column(name = "safety_head_of", unique = true)
    private Long safetyHeadOf;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(name = "office_phone", length = StaffData.PHONE)
    private String officePhone;

    @Column(length = StaffData.EMAIL)
    private String email;

    @Column(name = "certificate_no", length = StaffData.CERTIFICATE)
    private String certificateNo;

    @Column(name = "certificate_valid_until")
    private LocalDate certificateValidUntil;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected SafetyStaff() {
    }

    public SafetyStaff(Enterprise enterprise, StaffData data, LocalDateTime now, String by) {
        this.enterprise = Objects.requireNonNull(enterprise);
        revise(data, now, by);
    }

    /** Takes over a checked form, saved by {@code by}. */
    public void revise(StaffData data, LocalDateTime now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
        this.name = data.getName().strip();
        this.gender = data.getGender();
        this.position = data.getPosition().strip();
        this.category = Objects.requireNonNull(data.getCategory());
        this.headOrder = category == StaffCategory.SAFETY_HEAD ? 0 : 1;
        this.safetyHeadOf = category == StaffCategory.SAFETY_HEAD ? enterprise.getId() : null;
        this.mobile = data.getMobile();
        this.officePhone = data.getOfficePhone();
        this.email = data.getEmail();
        this.certificateNo = data.getCertificateNo();
        this.certificateValidUntil = data.getCertificateValidUntil();
    }

    public StaffData toData() {
        StaffData data = new StaffData();
        data.setName(name);
        data.setGender(gender);
        data.setPosition(position);
        data.setCategory(category);
        data.setMobile(mobile);
        data.setOfficePhone(officePhone);
        data.setEmail(email);
        data.setCertificateNo(certificateNo);
        data.setCertificateValidUntil(certificateValidUntil);
        data.setVersion(version);
        return data;
    }

    public boolean isSafetyHead() {
        return category == StaffCategory.SAFETY_HEAD;
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public String getPosition() { return position; }
    public StaffCategory getCategory() { return category; }
    public String getMobile() { return mobile; }
    public String getOfficePhone() { return officePhone; }
    public String getEmail() { return email; }
    public String getCertificateNo() { return certificateNo; }
    public LocalDate getCertificateValidUntil() { return certificateValidUntil; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
