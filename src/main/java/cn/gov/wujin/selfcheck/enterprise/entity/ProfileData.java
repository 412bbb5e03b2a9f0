package cn.gov.wujin.selfcheck.enterprise.entity;

import cn.gov.wujin.selfcheck.enterprise.control.ConsistentProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The variable part of 企业基本信息 that the enterprise fills in itself (manual §3). A 是 of a
 * yes/no question makes its follow-up fields required, a 否 clears them: {@link ConsistentProfile}
 * and {@link cn.gov.wujin.selfcheck.enterprise.control.ProfileRules}. A plain value holder: the
 * form binds to a copy of it and the boundary checks the whole of it before it is stored.
 */
@Embeddable
@ConsistentProfile
public class ProfileData implements Serializable {

    public static final int SHORT = 50;
    public static final int MEDIUM = 100;
    public static final int ADDRESS = 200;
    public static final int LONG = 500;
    public static final int SCOPE = 1000;
    public static final int PHONE = 30;
    public static final String MOBILE_PATTERN = "1[3-9]\\d{9}";
    public static final String PHONE_PATTERN = "(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9}";
    public static final String POSTCODE_PATTERN = "\\d{6}";

    // 基本信息
    @Size(max = SHORT) @Column(name = "economic_type", length = SHORT)
    private String economicType;
    @PastOrPresent @Column(name = "founded_on")
    private LocalDate foundedOn;
    @PositiveOrZero @Digits(integer = 12, fraction = 2) @Column(name = "registered_capital", precision = 14, scale = 2)
    private BigDecimal registeredCapital;
    @NotBlank @Size(max = ADDRESS) @Column(name = "registered_address", length = ADDRESS)
    private String registeredAddress;
    @NotBlank @Size(max = ADDRESS) @Column(name = "business_address", length = ADDRESS)
    private String businessAddress;
    @Pattern(regexp = POSTCODE_PATTERN, message = "{profile.postcode.invalid}") @Column(length = 6)
    private String postcode;
    @NotBlank @Size(max = SHORT) @Column(name = "legal_representative", length = SHORT)
    private String legalRepresentative;
    @NotBlank @Size(max = SHORT) @Column(name = "principal_name", length = SHORT)
    private String principalName;
    @NotBlank @Pattern(regexp = MOBILE_PATTERN, message = "{profile.mobile.invalid}") @Column(name = "principal_mobile", length = 11)
    private String principalMobile;
    @NotBlank @Pattern(regexp = PHONE_PATTERN, message = "{profile.phone.invalid}") @Column(name = "contact_phone", length = PHONE)
    private String contactPhone;
    @Pattern(regexp = PHONE_PATTERN, message = "{profile.phone.invalid}") @Column(length = PHONE)
    private String fax;
    @Email @Size(max = MEDIUM) @Column(length = MEDIUM)
    private String email;
    @Size(max = SCOPE) @Column(name = "business_scope", length = SCOPE)
    private String businessScope;
    @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) @Column(precision = 9, scale = 6)
    private BigDecimal longitude;
    @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    // 安全管理组织信息
    @Column(name = "safety_org_established")
    private Boolean safetyOrgEstablished;
    @Size(max = MEDIUM) @Column(name = "safety_org_name", length = MEDIUM)
    private String safetyOrgName;
    @PositiveOrZero @Max(100000) @Column(name = "full_time_safety_staff")
    private Integer fullTimeSafetyStaff;
    @PositiveOrZero @Max(100000) @Column(name = "part_time_safety_staff")
    private Integer partTimeSafetyStaff;
    @Column(name = "has_safety_engineers")
    private Boolean hasSafetyEngineers;
    @PositiveOrZero @Max(100000) @Column(name = "safety_engineers")
    private Integer safetyEngineers;
    @Min(1990) @Max(2100) @Column(name = "standardization_year")
    private Integer standardizationYear;
    @Column(name = "emergency_plan")
    private Boolean emergencyPlan;
    @Size(max = SHORT) @Column(name = "emergency_plan_filing_no", length = SHORT)
    private String emergencyPlanFilingNo;
    @PastOrPresent @Column(name = "emergency_plan_filed_on")
    private LocalDate emergencyPlanFiledOn;
    @Column(name = "work_injury_insured")
    private Boolean workInjuryInsured;
    @Column(name = "liability_insured")
    private Boolean liabilityInsured;
    @Size(max = SHORT) @Column(name = "liability_policy_no", length = SHORT)
    private String liabilityPolicyNo;
    @Column(name = "liability_valid_until")
    private LocalDate liabilityValidUntil;

    // 生产经营信息
    @NotNull @PositiveOrZero @Max(1000000) @Column(name = "employees")
    private Integer employees;
    @PositiveOrZero @Max(1000000) @Column(name = "special_operators")
    private Integer specialOperators;
    @PositiveOrZero @Digits(integer = 12, fraction = 2) @Column(name = "annual_revenue", precision = 14, scale = 2)
    private BigDecimal annualRevenue;
    @PositiveOrZero @Digits(integer = 10, fraction = 2) @Column(name = "plant_area", precision = 12, scale = 2)
    private BigDecimal plantArea;
    @Column(name = "hazardous_chemicals")
    private Boolean hazardousChemicals;
    @Size(max = LONG) @Column(name = "chemical_varieties", length = LONG)
    private String chemicalVarieties;
    @PositiveOrZero @Digits(integer = 9, fraction = 3) @Column(name = "chemical_max_storage", precision = 12, scale = 3)
    private BigDecimal chemicalMaxStorage;
    @Column(name = "major_hazard")
    private Boolean majorHazard;
    @Enumerated(EnumType.STRING) @Column(name = "major_hazard_grade", length = 8)
    private MajorHazardGrade majorHazardGrade;
    @PositiveOrZero @Max(10000) @Column(name = "major_hazard_count")
    private Integer majorHazardCount;
    @Column(name = "special_equipment")
    private Boolean specialEquipment;
    @PositiveOrZero @Max(100000) @Column(name = "special_equipment_count")
    private Integer specialEquipmentCount;
    @Column(name = "dust_explosion")
    private Boolean dustExplosion;
    @Size(max = ADDRESS) @Column(name = "dust_kinds", length = ADDRESS)
    private String dustKinds;
    @PositiveOrZero @Max(1000000) @Column(name = "dust_workers")
    private Integer dustWorkers;
    @Column(name = "ammonia_refrigeration")
    private Boolean ammoniaRefrigeration;
    @PositiveOrZero @Digits(integer = 9, fraction = 3) @Column(name = "ammonia_storage", precision = 12, scale = 3)
    private BigDecimal ammoniaStorage;
    @Column(name = "confined_spaces")
    private Boolean confinedSpaces;
    @PositiveOrZero @Max(100000) @Column(name = "confined_space_count")
    private Integer confinedSpaceCount;
    @Column(name = "occupational_hazards")
    private Boolean occupationalHazards;
    @Size(max = LONG) @Column(name = "occupational_hazard_factors", length = LONG)
    private String occupationalHazardFactors;
    @Column(name = "subleased")
    private Boolean subleased;
    @PositiveOrZero @Max(10000) @Column(name = "tenant_count")
    private Integer tenantCount;

    public ProfileData() {
    }

    /** A detached copy for a form. */
    public ProfileData copy() {
        ProfileData copy = new ProfileData();
        for (java.lang.reflect.Field field : ProfileData.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    field.set(copy, field.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return copy;
    }

    // Accessors (a form binds to every field).
    public String getEconomicType() { return economicType; }
    public void setEconomicType(String v) { economicType = v; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate v) { foundedOn = v; }
    public BigDecimal getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(BigDecimal v) { registeredCapital = v; }
    public String getRegisteredAddress() { return registeredAddress; }
    public void setRegisteredAddress(String v) { registeredAddress = v; }
    public String getBusinessAddress() { return businessAddress; }
    public void setBusinessAddress(String v) { businessAddress = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public String getPrincipalName() { return principalName; }
    public void setPrincipalName(String v) { principalName = v; }
    public String getPrincipalMobile() { return principalMobile; }
    public void setPrincipalMobile(String v) { principalMobile = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getFax() { return fax; }
    public void setFax(String v) { fax = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String v) { businessScope = v; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal v) { longitude = v; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal v) { latitude = v; }
    public Boolean getSafetyOrgEstablished() { return safetyOrgEstablished; }
    public void setSafetyOrgEstablished(Boolean v) { safetyOrgEstablished = v; }
    public String getSafetyOrgName() { return safetyOrgName; }
    public void setSafetyOrgName(String v) { safetyOrgName = v; }
    public Integer getFullTimeSafetyStaff() { return fullTimeSafetyStaff; }
    public void setFullTimeSafetyStaff(Integer v) { fullTimeSafetyStaff = v; }
    public Integer getPartTimeSafetyStaff() { return partTimeSafetyStaff; }
    public void setPartTimeSafetyStaff(Integer v) { partTimeSafetyStaff = v; }
    public Boolean getHasSafetyEngineers() { return hasSafetyEngineers; }
    public void setHasSafetyEngineers(Boolean v) { hasSafetyEngineers = v; }
    public Integer getSafetyEngineers() { return safetyEngineers; }
    public void setSafetyEngineers(Integer v) { safetyEngineers = v; }
    public Integer getStandardizationYear() { return standardizationYear; }
    public void setStandardizationYear(Integer v) { standardizationYear = v; }
    public Boolean getEmergencyPlan() { return emergencyPlan; }
    public void setEmergencyPlan(Boolean v) { emergencyPlan = v; }
    public String getEmergencyPlanFilingNo() { return emergencyPlanFilingNo; }
    public void setEmergencyPlanFilingNo(String v) { emergencyPlanFilingNo = v; }
    public LocalDate getEmergencyPlanFiledOn() { return emergencyPlanFiledOn; }
    public void setEmergencyPlanFiledOn(LocalDate v) { emergencyPlanFiledOn = v; }
    public Boolean getWorkInjuryInsured() { return workInjuryInsured; }
    public void setWorkInjuryInsured(Boolean v) { workInjuryInsured = v; }
    public Boolean getLiabilityInsured() { return liabilityInsured; }
    public void setLiabilityInsured(Boolean v) { liabilityInsured = v; }
    public String getLiabilityPolicyNo() { return liabilityPolicyNo; }
    public void setLiabilityPolicyNo(String v) { liabilityPolicyNo = v; }
    public LocalDate getLiabilityValidUntil() { return liabilityValidUntil; }
    public void setLiabilityValidUntil(LocalDate v) { liabilityValidUntil = v; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer v) { employees = v; }
    public Integer getSpecialOperators() { return specialOperators; }
    public void setSpecialOperators(Integer v) { specialOperators = v; }
    public BigDecimal getAnnualRevenue() { return annualRevenue; }
    public void setAnnualRevenue(BigDecimal v) { annualRevenue = v; }
    public BigDecimal getPlantArea() { return plantArea; }
    public void setPlantArea(BigDecimal v) { plantArea = v; }
    public Boolean getHazardousChemicals() { return hazardousChemicals; }
    public void setHazardousChemicals(Boolean v) { hazardousChemicals = v; }
    public String getChemicalVarieties() { return chemicalVarieties; }
    public void setChemicalVarieties(String v) { chemicalVarieties = v; }
    public BigDecimal getChemicalMaxStorage() { return chemicalMaxStorage; }
    public void setChemicalMaxStorage(BigDecimal v) { chemicalMaxStorage = v; }
    public Boolean getMajorHazard() { return majorHazard; }
    public void setMajorHazard(Boolean v) { majorHazard = v; }
    public MajorHazardGrade getMajorHazardGrade() { return majorHazardGrade; }
    public void setMajorHazardGrade(MajorHazardGrade v) { majorHazardGrade = v; }
    public Integer getMajorHazardCount() { return majorHazardCount; }
    public void setMajorHazardCount(Integer v) { majorHazardCount = v; }
    public Boolean getSpecialEquipment() { return specialEquipment; }
    public void setSpecialEquipment(Boolean v) { specialEquipment = v; }
    public Integer getSpecialEquipmentCount() { return specialEquipmentCount; }
    public void setSpecialEquipmentCount(Integer v) { specialEquipmentCount = v; }
    public Boolean getDustExplosion() { return dustExplosion; }
    public void setDustExplosion(Boolean v) { dustExplosion = v; }
    public String getDustKinds() { return dustKinds; }
    public void setDustKinds(String v) { dustKinds = v; }
    public Integer getDustWorkers() { return dustWorkers; }
    public void setDustWorkers(Integer v) { dustWorkers = v; }
    public Boolean getAmmoniaRefrigeration() { return ammoniaRefrigeration; }
    public void setAmmoniaRefrigeration(Boolean v) { ammoniaRefrigeration = v; }
    public BigDecimal getAmmoniaStorage() { return ammoniaStorage; }
    public void setAmmoniaStorage(BigDecimal v) { ammoniaStorage = v; }
    public Boolean getConfinedSpaces() { return confinedSpaces; }
    public void setConfinedSpaces(Boolean v) { confinedSpaces = v; }
    public Integer getConfinedSpaceCount() { return confinedSpaceCount; }
    public void setConfinedSpaceCount(Integer v) { confinedSpaceCount = v; }
    public Boolean getOccupationalHazards() { return occupationalHazards; }
    public void setOccupationalHazards(Boolean v) { occupationalHazards = v; }
    public String getOccupationalHazardFactors() { return occupationalHazardFactors; }
    public void setOccupationalHazardFactors(String v) { occupationalHazardFactors = v; }
    public Boolean getSubleased() { return subleased; }
    public void setSubleased(Boolean v) { subleased = v; }
    public Integer getTenantCount() { return tenantCount; }
    public void setTenantCount(Integer v) { tenantCount = v; }
}
