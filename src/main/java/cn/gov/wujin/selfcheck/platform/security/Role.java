package cn.gov.wujin.selfcheck.platform.security;

/** The five roles of DOMAIN.md; their names are the security groups and web.xml role names. */
public enum Role {
    ENTERPRISE, TOWN, INDUSTRY, DISTRICT, ADMIN;

    public boolean isOfficer() {
        return this != ENTERPRISE;
    }
}
