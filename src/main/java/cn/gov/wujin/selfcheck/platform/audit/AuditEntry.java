package cn.gov.wujin.selfcheck.platform.audit;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of the audit log: who (user name and role), when, from which address, what, on which
 * record. Every column is {@code updatable = false} and the entity has no setter: the application
 * cannot change a row once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(updatable = false, length = 200)
    private String username;

    @Column(updatable = false, length = 16)
    private String role;

    @Column(name = "client_ip", updatable = false, length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "target_name", updatable = false, length = 200)
    private String targetName;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String username, String role, String clientIp, AuditAction action,
                      String targetType, Long targetId, String targetName, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.username = cut(username, 200);
        this.role = role;
        this.clientIp = cut(clientIp, 64);
        this.action = Objects.requireNonNull(action, "action");
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetName = cut(targetName, 200);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getClientIp() {
        return clientIp;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getDetail() {
        return detail;
    }
}
