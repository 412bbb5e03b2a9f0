package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;

import java.io.Serializable;

/** A registered enterprise and the initial password of its new login (to tell the enterprise). */
public record Registered(Long enterpriseId, String name, String creditCode, String townName, IssuedPassword login)
        implements Serializable {
}
