package cn.gov.wujin.selfcheck.inspection.entity;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 自查记录单: one round of answers against one version of the standard. */
@Entity
@Table(name = "self_inspection")
@NamedQuery(name = SelfInspection.FIND_DRAFTS, query = "SELECT i FROM SelfInspection i WHERE i.enterprise.id = :enterpriseId "
        + "AND i.status = cn.gov.wujin.selfcheck.inspection.entity.InspectionStatus.DRAFT ORDER BY i.inspectionDate DESC, i.id DESC")
@NamedQuery(name = SelfInspection.FIND_DUE_DRAFT_IDS, query = "SELECT i.id FROM SelfInspection i WHERE "
        + "i.status = cn.gov.wujin.selfcheck.inspection.entity.InspectionStatus.DRAFT AND i.period <= :period ORDER BY i.id")
@NamedQuery(name = SelfInspection.FIND_AMONG, query = "SELECT i FROM SelfInspection i WHERE i.id IN :ids")
public class SelfInspection {

    public static final String FIND_DUE_DRAFT_IDS = "SelfInspection.findDueDraftIds";
    /**
     * Records by id, and nothing else in the condition: Derby then probes the primary key for each id
     * (with the status in the condition it chose the status index and read every draft per chunk).
     */
    public static final String FIND_AMONG = "SelfInspection.findAmong";
    public static final String AUTO_SUBMITTER = "system";
    public static final String FIND_DRAFTS = "SelfInspection.findDrafts";
    public static final int INSPECTOR_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_inspection_seq")
    @SequenceGenerator(name = "self_inspection_seq", sequenceName = "self_inspection_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id", nullable = false)
    private ChecklistStandard standard;

    @Column(nullable = false, length = 7)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionStatus status;

    @Column(name = "inspector_name", nullable = false, length = INSPECTOR_LENGTH)
    private String inspectorName;

    @Column(name = "inspection_date", nullable = false)
    private LocalDate inspectionDate;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 200)
    private String submittedBy;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InspectionAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected SelfInspection() {
    }

    public SelfInspection(Enterprise enterprise, ChecklistStandard standard, String inspectorName, LocalDate inspectionDate,
                          String period, LocalDateTime now, String by) {
        this.enterprise = Objects.requireNonNull(enterprise);
        this.standard = Objects.requireNonNull(standard);
        this.status = InspectionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        revise(inspectorName, inspectionDate, period, now, by);
    }

    /** Changes a draft's heading, saved by {@code by}; a submitted record never changes. */
    public void revise(String inspectorName, LocalDate inspectionDate, String period, LocalDateTime now, String by) {
        requireDraft();
        if (inspectorName == null || inspectorName.isBlank()) {
            throw new BusinessException("inspection.inspector.required");
        }
        this.inspectorName = inspectorName.strip();
        this.inspectionDate = Objects.requireNonNull(inspectionDate);
        this.period = Objects.requireNonNull(period);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void replaceAnswers(List<InspectionAnswer> newAnswers) {
        requireDraft();
        answers.clear();
        answers.addAll(newAnswers);
    }

    /** 上报: moves the record to history, stamped with who and when; only once. */
    public void submit(String by, Clock clock) {
        requireDraft();
        status = InspectionStatus.SUBMITTED;
        submittedAt = LocalDateTime.now(clock);
        submittedBy = by;
    }

    /** 自动上报 by the monthly run; a record already submitted is left alone (the run is idempotent). */
    public boolean autoSubmit(Clock clock) {
        if (status != InspectionStatus.DRAFT) {
            return false;
        }
        submit(AUTO_SUBMITTER, clock);
        autoSubmitted = true;
        return true;
    }

    public void requireDraft() {
        if (status != InspectionStatus.DRAFT) {
            throw new BusinessException("inspection.submitted.readOnly");
        }
    }

    public long count(ItemResult result) {
        return answers.stream().filter(a -> a.getResult() == result).count();
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public ChecklistStandard getStandard() { return standard; }
    public String getPeriod() { return period; }
    public InspectionStatus getStatus() { return status; }
    public String getInspectorName() { return inspectorName; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public boolean isAutoSubmitted() { return autoSubmitted; }
    public List<InspectionAnswer> getAnswers() { return answers; }
}
