package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * The whole 企业基本信息 form: the fixed fields (only officers may change them), the
 * standardization level (kept on the enterprise) and the variable {@link ProfileData}.
 */
public class ProfileForm implements Serializable {

    @NotBlank @Size(max = Enterprise.NAME_LENGTH)
    private String name;
    @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "{profile.creditCode.invalid}")
    private String creditCode;
    @NotNull
    private Long townId;
    @NotNull
    private Long departmentId;
    @NotNull
    private Long typeId;
    @NotNull
    private Long supervisionLevelId;
    @NotNull
    private Long standardizationLevelId;
    @Valid
    private ProfileData data = new ProfileData();
    /** The version of the stored profile this form was loaded from; null when there was none yet. */
    private Long version;

    public ProfileForm() {
    }

    ProfileForm(Enterprise e, ProfileData data, Long version) {
        this.version = version;
        this.name = e.getName();
        this.creditCode = e.getCreditCode();
        this.townId = e.getTown().getId();
        this.departmentId = e.getDepartment().getId();
        this.typeId = e.getType().getId();
        this.supervisionLevelId = e.getSupervisionLevel().getId();
        this.standardizationLevelId = e.getStandardizationLevel() == null ? null : e.getStandardizationLevel().getId();
        this.data = data;
    }

    /** Whether these fixed fields differ from the stored ones. */
    boolean changesFixedFieldsOf(Enterprise e) {
        return !java.util.Objects.equals(name == null ? null : name.strip(), e.getName())
                || !java.util.Objects.equals(creditCode, e.getCreditCode())
                || !e.getTown().getId().equals(townId)
                || !e.getDepartment().getId().equals(departmentId)
                || !e.getType().getId().equals(typeId)
                || !e.getSupervisionLevel().getId().equals(supervisionLevelId);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v == null ? null : v.strip().toUpperCase(); }
    public Long getTownId() { return townId; }
    public void setTownId(Long v) { townId = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long v) { typeId = v; }
    public Long getSupervisionLevelId() { return supervisionLevelId; }
    public void setSupervisionLevelId(Long v) { supervisionLevelId = v; }
    public Long getStandardizationLevelId() { return standardizationLevelId; }
    public void setStandardizationLevelId(Long v) { standardizationLevelId = v; }
    public ProfileData getData() { return data; }
    public void setData(ProfileData v) { data = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
