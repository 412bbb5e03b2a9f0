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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 整改: one step of the work on a hazard, kept as recorded; the steps of a hazard follow each other. */
@Entity
@Table(name = "hazard_rectification")
public class Rectification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_rectification_seq")
    @SequenceGenerator(name = "hazard_rectification_seq", sequenceName = "hazard_rectification_seq",
            allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    @Column(nullable = false, length = 2000)
    private String measures;

    @Column(name = "funds_used", nullable = false, precision = 14, scale = 2)
    private BigDecimal fundsUsed;

    @Column(nullable = false, length = 50)
    private String responsible;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** 整改状态: 已完成 (true) or 整改中. */
    @Column(nullable = false)
    private boolean finished;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @OneToMany(mappedBy = "rectification")
    @OrderBy("sortOrder")
    private List<HazardPhoto> photos = new ArrayList<>();

    protected Rectification() {
    }

    Rectification(Hazard hazard, String measures, BigDecimal fundsUsed, String responsible, LocalDate completedOn,
                  boolean finished, String recordedBy, LocalDateTime recordedAt) {
        this.hazard = Objects.requireNonNull(hazard);
        this.measures = Objects.requireNonNull(measures).strip();
        this.fundsUsed = Objects.requireNonNull(fundsUsed);
        this.responsible = Objects.requireNonNull(responsible).strip();
        this.completedOn = completedOn;
        this.finished = finished;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public Hazard getHazard() { return hazard; }
    public String getMeasures() { return measures; }
    public BigDecimal getFundsUsed() { return fundsUsed; }
    public String getResponsible() { return responsible; }
    public LocalDate getCompletedOn() { return completedOn; }
    public boolean isFinished() { return finished; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public List<HazardPhoto> getPhotos() { return photos; }
}
