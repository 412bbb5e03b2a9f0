package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;

import java.io.Serializable;

/** A registered enterprise and the initial password of its new login (to tell the enterprise). */
public record Registered(Long enterpriseId, String name, String creditCode, String townName, IssuedPassword login)
        implements Serializable {

    // Getters for the pages: Jakarta EL 5 does not read record components.
    public Long getEnterpriseId() { return enterpriseId; }
    public String getName() { return name; }
    public IssuedPassword getLogin() { return login; }
}
