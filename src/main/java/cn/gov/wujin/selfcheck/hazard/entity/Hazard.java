package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardForm;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 隐患: a general or major hazard found at an item of the checklist. */
@Entity
@Table(name = "hazard")
@NamedQuery(name = Hazard.FIND_BY_ORIGIN, query = "SELECT h FROM Hazard h WHERE h.originInspectionId = :inspectionId")
@NamedQuery(name = Hazard.RELEASE_FROM_ORIGINS,
        query = "UPDATE Hazard h SET h.originInspectionId = NULL WHERE h.originInspectionId IN :inspectionIds")
@NamedQuery(name = Hazard.FIND_BY_ENTERPRISE_AND_KIND,
        query = "SELECT h FROM Hazard h WHERE h.enterprise.id = :enterpriseId AND h.kind = :kind ORDER BY h.reportedAt DESC, h.id DESC")
public class Hazard {

    public static final String FIND_BY_ORIGIN = "Hazard.findByOrigin";
    public static final String RELEASE_FROM_ORIGINS = "Hazard.releaseFromOrigins";
    public static final String FIND_BY_ENTERPRISE_AND_KIND = "Hazard.findByEnterpriseAndKind";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_seq")
    @SequenceGenerator(name = "hazard_seq", sequenceName = "hazard_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private ChecklistItem item;

    /**
     * The id of the draft record that created a general hazard (deleting the draft takes it along); null
     * for major ones. An id, not a relation: the inspection component uses hazards, not the other way.
     */
    @Column(name = "origin_inspection_id")
    private Long originInspectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HazardKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HazardStatus status;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "hazard_type", length = 100)
    private String hazardType;

    @Column(nullable = false, length = 50)
    private String responsible;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "planned_funds", precision = 14, scale = 2)
    private BigDecimal plannedFunds;

    @Column(name = "rectified_immediately", nullable = false)
    private boolean rectifiedImmediately;

    /** The report of a major hazard; null for a general one. */
    @Embedded
    private MajorReport report;

    @Column(name = "major_situation", length = 1000)
    private String majorSituation;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "reported_by", nullable = false, length = 200)
    private String reportedBy;

    @Version
    private long version;

    /** Every photo: those of the report and those of the rectification steps. */
    @OneToMany(mappedBy = "hazard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<HazardPhoto> photos = new ArrayList<>();

    @OneToMany(mappedBy = "hazard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    private List<Rectification> rectifications = new ArrayList<>();

    @OneToMany(mappedBy = "hazard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    private List<Acceptance> acceptances = new ArrayList<>();

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected Hazard() {
    }

    public static Hazard general(Enterprise enterprise, ChecklistItem item, Long originInspectionId, GeneralHazardForm form,
                                 String reportedBy, LocalDateTime now) {
        Hazard hazard = new Hazard(enterprise, item, HazardKind.GENERAL, form.getLocation(), form.getResponsible(),
                form.getDeadline(), reportedBy, now);
        hazard.originInspectionId = originInspectionId;
        hazard.description = form.getDescription().strip();
        hazard.hazardType = form.getHazardType();
        hazard.plannedFunds = form.getPlannedFunds();
        hazard.rectifiedImmediately = form.isRectifiedImmediately();
        hazard.status = form.isRectifiedImmediately() ? HazardStatus.AWAITING_ACCEPTANCE : HazardStatus.OPEN;
        int order = 0;
        for (StoredImage file : form.getPhotos()) {
            hazard.photos.add(new HazardPhoto(hazard, order++, file));
        }
        return hazard;
    }

    /** A major hazard is reported at once and from then on belongs to the authority's workflow. */
    public static Hazard major(Enterprise enterprise, ChecklistItem item, MajorHazardForm form, String reportedBy,
                               LocalDateTime now) {
        Hazard hazard = new Hazard(enterprise, item, HazardKind.MAJOR, form.getLocation(), form.getResponsible(),
                form.getDeadline(), reportedBy, now);
        hazard.report = form.getReport();
        hazard.description = hazard.report.getCurrentState().strip();
        hazard.majorSituation = form.getMajorSituation();
        hazard.status = HazardStatus.REPORTED;
        return hazard;
    }

    private Hazard(Enterprise enterprise, ChecklistItem item, HazardKind kind, String location, String responsible,
                   LocalDate deadline, String reportedBy, LocalDateTime now) {
        this.enterprise = Objects.requireNonNull(enterprise);
        this.item = item;
        this.kind = kind;
        this.location = Objects.requireNonNull(location).strip();
        this.responsible = Objects.requireNonNull(responsible).strip();
        this.deadline = Objects.requireNonNull(deadline);
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.reportedAt = Objects.requireNonNull(now);
    }

    /**
     * 整改: records a step of the work on a general hazard of a submitted record. 已完成 makes it wait
     * for 验收, 整改中 keeps it in the work. Refused for a major hazard (its work follows the authority's
     * decisions), for a hazard of a draft (saving the draft again replaces it), after the work was
     * finished and once closed.
     */
    public Rectification recordRectification(String measures, BigDecimal fundsUsed, String responsible,
                                             LocalDate completedOn, boolean finished, List<StoredImage> photosAfter,
                                             String by, LocalDateTime now) {
        requireGeneral();
        if (originInspectionId != null) {
            throw new HazardTransitionException("hazard.rectify.draft", status);
        }
        if (status != HazardStatus.OPEN && status != HazardStatus.RECTIFYING) {
            throw new HazardTransitionException("hazard.transition.refused", status);
        }
        Rectification step = new Rectification(this, measures, fundsUsed, responsible, completedOn, finished, by, now);
        rectifications.add(step);
        int order = photos.size();
        for (StoredImage file : photosAfter) {
            HazardPhoto photo = new HazardPhoto(step, order++, file);
            photos.add(photo);
            step.getPhotos().add(photo);
        }
        status = finished ? HazardStatus.AWAITING_ACCEPTANCE : HazardStatus.RECTIFYING;
        return step;
    }

    /**
     * 验收 of a finished rectification: passed closes the hazard (已销号), failed sends it back to 整改中.
     * Only while it waits for acceptance.
     */
    public Acceptance recordAcceptance(String reviewOpinion, String acceptor, LocalDate acceptedOn, boolean passed,
                                       String reason, String by, LocalDateTime now) {
        requireGeneral();
        if (status != HazardStatus.AWAITING_ACCEPTANCE) {
            throw new HazardTransitionException("hazard.transition.refused", status);
        }
        Acceptance acceptance = new Acceptance(this, reviewOpinion, acceptor, acceptedOn, passed, reason, by, now);
        acceptances.add(acceptance);
        if (passed) {
            status = HazardStatus.CLOSED;
            closedAt = now;
        } else {
            status = HazardStatus.RECTIFYING;
        }
        return acceptance;
    }

    private void requireGeneral() {
        if (kind != HazardKind.GENERAL) {
            throw new HazardTransitionException("hazard.rectify.major", status);
        }
    }

    /** Not closed and its 完成期限 has passed. */
    public boolean isOverdue(LocalDate today) {
        return status != HazardStatus.CLOSED && deadline.isBefore(today);
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public ChecklistItem getItem() { return item; }
    public Long getOriginInspectionId() { return originInspectionId; }
    public HazardKind getKind() { return kind; }
    public HazardStatus getStatus() { return status; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
    public String getHazardType() { return hazardType; }
    public String getResponsible() { return responsible; }
    public LocalDate getDeadline() { return deadline; }
    public BigDecimal getPlannedFunds() { return plannedFunds; }
    public boolean isRectifiedImmediately() { return rectifiedImmediately; }
    public MajorReport getReport() { return report; }
    /** The photos of the report (before the work); a step's photos are {@link Rectification#getPhotos()}. */
    public List<HazardPhoto> getPhotos() {
        return photos.stream().filter(p -> p.getRectification() == null).toList();
    }
    public List<HazardPhoto> getAllPhotos() { return photos; }
    public List<Rectification> getRectifications() { return rectifications; }
    public List<Acceptance> getAcceptances() { return acceptances; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
    public String getMajorSituation() { return majorSituation; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getReportedBy() { return reportedBy; }
}
