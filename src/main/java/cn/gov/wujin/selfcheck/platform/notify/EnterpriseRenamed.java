package cn.gov.wujin.selfcheck.platform.notify;

/**
 * A CDI event, fired in the transaction of an officer's correction of an enterprise's registered
 * name: the account component renames the enterprise's login (its user name is the full name)
 * without the enterprise component depending on it.
 */
public record EnterpriseRenamed(Long enterpriseId, String oldName, String newName) {
}
