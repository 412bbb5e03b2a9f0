package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;

/** The caller's own enterprise and how complete its profile is (0-100), for the home page. */
public record OwnEnterprise(Enterprise enterprise, int profileCompleteness) {
}
