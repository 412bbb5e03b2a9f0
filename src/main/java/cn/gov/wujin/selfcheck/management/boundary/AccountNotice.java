package cn.gov.wujin.selfcheck.management.boundary;

import java.io.Serializable;

/** One page of the 账号开通通知单: the enterprise, its town, its user name and initial password. */
public record AccountNotice(String enterpriseName, String creditCode, String townName, String username, String password)
        implements Serializable {
}
