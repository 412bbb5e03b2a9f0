package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A new enterprise as an officer registers it (or an import row brings it): the fixed fields, the
 * contact and the 安全负责人. The credit code's check character is checked by the boundary.
 */
public class EnterpriseForm implements Serializable {

    @NotBlank(message = "{enterprise.name.required}")
    @Size(max = Enterprise.NAME_LENGTH, message = "{enterprise.name.size}")
    private String name;

    @NotBlank(message = "{enterprise.creditCode.required}")
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "{enterprise.creditCode.format}")
    private String creditCode;

    @NotNull(message = "{enterprise.town.required}")
    private Long townId;

    @NotNull(message = "{enterprise.department.required}")
    private Long departmentId;

    @NotNull(message = "{enterprise.type.required}")
    private Long typeId;

    @NotNull(message = "{enterprise.supervisionLevel.required}")
    private Long supervisionLevelId;

    @Size(max = Enterprise.PERSON_NAME_LENGTH, message = "{enterprise.principalName.size}")
    private String principalName;

    @Size(max = Enterprise.PHONE_LENGTH, message = "{enterprise.contactPhone.size}")
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{enterprise.contactPhone.format}")
    private String contactPhone;

    @Size(max = 50, message = "{enterprise.safetyHeadName.size}")
    private String safetyHeadName;

    @Size(max = 30, message = "{enterprise.safetyHeadMobile.size}")
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{enterprise.safetyHeadMobile.format}")
    private String safetyHeadMobile;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode == null ? null : creditCode.strip().toUpperCase(java.util.Locale.ROOT); }
    public Long getTownId() { return townId; }
    public void setTownId(Long townId) { this.townId = townId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public Long getSupervisionLevelId() { return supervisionLevelId; }
    public void setSupervisionLevelId(Long supervisionLevelId) { this.supervisionLevelId = supervisionLevelId; }
    public String getPrincipalName() { return principalName; }
    public void setPrincipalName(String principalName) { this.principalName = principalName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getSafetyHeadName() { return safetyHeadName; }
    public void setSafetyHeadName(String safetyHeadName) { this.safetyHeadName = safetyHeadName; }
    public String getSafetyHeadMobile() { return safetyHeadMobile; }
    public void setSafetyHeadMobile(String safetyHeadMobile) { this.safetyHeadMobile = safetyHeadMobile; }
}
