package cn.gov.wujin.selfcheck.management.boundary;

import java.io.Serializable;

/** A row of the officers' enterprise list and of its export. */
public record EnterpriseRow(Long id, String name, String creditCode, String town, String department, String typeCategory,
                            String type, String supervisionLevel, boolean active, boolean profileComplete,
                            Boolean accountActive, Boolean mustChangePassword) implements Serializable {

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getTown() { return town; }
    public String getDepartment() { return department; }
    public String getType() { return typeCategory == null ? type : typeCategory + " / " + type; }
    public String getSupervisionLevel() { return supervisionLevel; }
    public boolean isActive() { return active; }
    public boolean isProfileComplete() { return profileComplete; }

    /** NONE, DISABLED, NOT_ACTIVATED or IN_USE. */
    public String getAccountState() {
        if (accountActive == null) {
            return "NONE";
        }
        if (!accountActive) {
            return EnterpriseFilter.AccountState.DISABLED.name();
        }
        return Boolean.TRUE.equals(mustChangePassword) ? EnterpriseFilter.AccountState.NOT_ACTIVATED.name()
                : EnterpriseFilter.AccountState.IN_USE.name();
    }
}
