package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** 整改审查意见 and 验收结果 of a finished rectification: passed closes the hazard, failed sends it back. */
@Entity
@Table(name = "hazard_acceptance")
public class Acceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_acceptance_seq")
    @SequenceGenerator(name = "hazard_acceptance_seq", sequenceName = "hazard_acceptance_seq",
            allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    @Column(name = "review_opinion", nullable = false, length = 2000)
    private String reviewOpinion;

    @Column(nullable = false, length = 50)
    private String acceptor;

    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;

    @Column(nullable = false)
    private boolean passed;

    /** Why it failed; null when it passed. */
    @Column(length = 1000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    protected Acceptance() {
    }

    Acceptance(Hazard hazard, String reviewOpinion, String acceptor, LocalDate acceptedOn, boolean passed, String reason,
               String recordedBy, LocalDateTime recordedAt) {
        this.hazard = Objects.requireNonNull(hazard);
        this.reviewOpinion = Objects.requireNonNull(reviewOpinion).strip();
        this.acceptor = Objects.requireNonNull(acceptor).strip();
        this.acceptedOn = Objects.requireNonNull(acceptedOn);
        this.passed = passed;
        this.reason = passed || reason == null ? null : reason.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public Hazard getHazard() { return hazard; }
    public String getReviewOpinion() { return reviewOpinion; }
    public String getAcceptor() { return acceptor; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public boolean isPassed() { return passed; }
    public String getReason() { return reason; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
