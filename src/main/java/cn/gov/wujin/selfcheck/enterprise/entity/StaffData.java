package cn.gov.wujin.selfcheck.enterprise.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The form of a 单位人员 (add and edit). */
public class StaffData implements Serializable {

    public static final int NAME = 50;
    public static final int POSITION = 50;
    public static final int PHONE = 30;
    public static final int EMAIL = 100;
    public static final int CERTIFICATE = 50;

    @NotBlank @Size(max = NAME)
    private String name;
    private Gender gender;
    @NotBlank @Size(max = POSITION)
    private String position;
    @NotNull
    private StaffCategory category;
    @NotBlank @Pattern(regexp = ProfileData.MOBILE_PATTERN, message = "{profile.mobile.invalid}")
    private String mobile;
    @Pattern(regexp = ProfileData.PHONE_PATTERN, message = "{profile.phone.invalid}") @Size(max = PHONE)
    private String officePhone;
    @Email @Size(max = EMAIL)
    private String email;
    @Size(max = CERTIFICATE)
    private String certificateNo;
    private LocalDate certificateValidUntil;
    /** The version of the stored person this form was loaded from; null for a new one. */
    private Long version;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Gender getGender() { return gender; }
    public void setGender(Gender v) { gender = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public StaffCategory getCategory() { return category; }
    public void setCategory(StaffCategory v) { category = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getOfficePhone() { return officePhone; }
    public void setOfficePhone(String v) { officePhone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String v) { certificateNo = v; }
    public LocalDate getCertificateValidUntil() { return certificateValidUntil; }
    public void setCertificateValidUntil(LocalDate v) { certificateValidUntil = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
