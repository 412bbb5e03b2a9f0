package cn.gov.wujin.selfcheck.management.boundary;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The officers' enterprise list: a keyword (name or 统一社会信用代码) and the filters; empty means any. */
public class EnterpriseFilter implements Serializable {

    /** Profile completeness. */
    public enum Profile { COMPLETE, INCOMPLETE }

    /** The login's state: 已启用 and in use, 未激活 (initial password not yet changed), 已停用. */
    public enum AccountState { IN_USE, NOT_ACTIVATED, DISABLED }

    /** The enterprise's own state. */
    public enum Status { ACTIVE, DISABLED }

    @Size(max = 100)
    private String keyword;
    private Long townId;
    private Long departmentId;
    private Long typeId;
    private Long supervisionLevelId;
    private Profile profile;
    private AccountState accountState;
    private Status status = Status.ACTIVE;
    private boolean noRecordThisPeriod;

    public String getKeyword() { return keyword; }
    public void setKeyword(String keyword) { this.keyword = keyword; }
    public Long getTownId() { return townId; }
    public void setTownId(Long townId) { this.townId = townId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public Long getSupervisionLevelId() { return supervisionLevelId; }
    public void setSupervisionLevelId(Long supervisionLevelId) { this.supervisionLevelId = supervisionLevelId; }
    public Profile getProfile() { return profile; }
    public void setProfile(Profile profile) { this.profile = profile; }
    public AccountState getAccountState() { return accountState; }
    public void setAccountState(AccountState accountState) { this.accountState = accountState; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public boolean isNoRecordThisPeriod() { return noRecordThisPeriod; }
    public void setNoRecordThisPeriod(boolean noRecordThisPeriod) { this.noRecordThisPeriod = noRecordThisPeriod; }
}
