package cn.gov.wujin.selfcheck.account.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/** One login attempt, kept for audit: the name tried, when, from where, and how it ended. */
@Entity
@Table(name = "login_attempt")
@NamedQuery(name = LoginAttempt.FIND_BY_USERNAME,
        query = "SELECT a FROM LoginAttempt a WHERE a.username = :username ORDER BY a.attemptedAt DESC, a.id DESC")
public class LoginAttempt {

    public static final String FIND_BY_USERNAME = "LoginAttempt.findByUsername";

    public enum Outcome { SUCCESS, BAD_PASSWORD, UNKNOWN_USER, LOCKED, BAD_CAPTCHA, DISABLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_attempt_seq")
    @SequenceGenerator(name = "login_attempt_seq", sequenceName = "login_attempt_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @Column(nullable = false, length = UserAccount.USERNAME_LENGTH)
    private String username;

    @Column(name = "attempted_at", nullable = false)
    private LocalDateTime attemptedAt;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, LocalDateTime attemptedAt, String clientIp, Outcome outcome) {
        String name = username == null ? "" : username.strip();
        this.username = name.length() > UserAccount.USERNAME_LENGTH ? name.substring(0, UserAccount.USERNAME_LENGTH) : name;
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.clientIp = clientIp == null || clientIp.length() <= 64 ? clientIp : clientIp.substring(0, 64);
        this.outcome = Objects.requireNonNull(outcome);
    }

    public String getUsername() {
        return username;
    }

    public LocalDateTime getAttemptedAt() {
        return attemptedAt;
    }

    public String getClientIp() {
        return clientIp;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
