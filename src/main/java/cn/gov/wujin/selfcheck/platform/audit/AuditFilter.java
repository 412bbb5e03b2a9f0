package cn.gov.wujin.selfcheck.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** The audit log's search: a date range, an action, a user name and a record's name (keywords). */
public record AuditFilter(LocalDate from, LocalDate to, AuditAction action, String username, String target)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
