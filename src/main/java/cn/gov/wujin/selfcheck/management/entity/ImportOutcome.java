package cn.gov.wujin.selfcheck.management.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a row of an import became: the enterprise created or updated, and, for a new login in the
 * generated-password mode, its one-time password until the 账号开通通知单 is no longer needed.
 */
@Entity
@Table(name = "import_outcome")
@IdClass(ImportOutcome.Key.class)
public class ImportOutcome implements Serializable {

    public static class Key implements Serializable {
        Long importId;
        int lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNo);
        }
    }

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false)
    private boolean created;

    @Column(name = "one_time_password", length = 40)
    private String oneTimePassword;

    protected ImportOutcome() {
    }

    public ImportOutcome(Long importId, int lineNo, Long enterpriseId, boolean created, String oneTimePassword) {
        this.importId = importId;
        this.lineNo = lineNo;
        this.enterpriseId = enterpriseId;
        this.created = created;
        this.oneTimePassword = oneTimePassword;
    }

    public int getLineNo() { return lineNo; }
    public Long getEnterpriseId() { return enterpriseId; }
    public boolean isCreated() { return created; }
    public String getOneTimePassword() { return oneTimePassword; }
}
