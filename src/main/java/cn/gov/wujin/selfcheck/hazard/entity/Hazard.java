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

    /** 自查, or 代报 by an officer. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HazardSource source = HazardSource.SELF;

    /** The role of whoever recorded it: ENTERPRISE for 自查, the officer's role for 代报. */
    @Column(name = "reporter_role", nullable = false, length = 16)
    private String reporterRole = "ENTERPRISE";

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

    /** 挂牌督办 of a major hazard; null (or not issued) before it. */
    @Embedded
    private Supervision supervision;

    /** 第十五条: the measures the enterprise confirmed while the major hazard is open. */
    @Embedded
    private SafetyMeasures measures;

    @Column(name = "measures_confirmed_at")
    private LocalDateTime measuresConfirmedAt;

    /** A pending 延期申请: the date asked for; null when none is pending. */
    @Column(name = "extension_until")
    private LocalDate extensionUntil;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    /** Until when the authority reviews a 申请验收 (a countdown for the officers); null otherwise. */
    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    /** The trail: every step of the life cycle after the report, oldest first. */
    @OneToMany(mappedBy = "hazard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<HazardEvent> events = new ArrayList<>();

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

    /**
     * 代报: a general hazard an officer found in the authority's own inspection, at an item of the
     * enterprise's standard or free (item null). The enterprise rectifies it like its own; only an
     * officer's 复查 closes it ({@link #recheck}).
     */
    public static Hazard reportedByOfficer(Enterprise enterprise, ChecklistItem item, GeneralHazardForm form, Actor by,
                                           LocalDateTime now) {
        return foundByOfficer(enterprise, item, HazardKind.GENERAL, HazardStatus.OPEN, form, by, now);
    }

    /**
     * 代报 of a major hazard: the officer's finding, without the enterprise's 治理方案; it waits for 挂牌督办
     * like a report, but there is nothing to send back for 补充.
     */
    public static Hazard majorReportedByOfficer(Enterprise enterprise, ChecklistItem item, GeneralHazardForm form,
                                                String majorSituation, Actor by, LocalDateTime now) {
        Hazard hazard = foundByOfficer(enterprise, item, HazardKind.MAJOR, HazardStatus.REPORTED, form, by, now);
        hazard.majorSituation = majorSituation;
        return hazard;
    }

    private static Hazard foundByOfficer(Enterprise enterprise, ChecklistItem item, HazardKind kind, HazardStatus status,
                                         GeneralHazardForm form, Actor by, LocalDateTime now) {
        Hazard hazard = new Hazard(enterprise, item, kind, form.getLocation(), form.getResponsible(), form.getDeadline(),
                by.name(), now);
        hazard.description = form.getDescription().strip();
        hazard.hazardType = form.getHazardType();
        hazard.plannedFunds = form.getPlannedFunds();
        hazard.status = status;
        hazard.source = HazardSource.OFFICER;
        hazard.reporterRole = by.role();
        int order = 0;
        for (StoredImage file : form.getPhotos()) {
            hazard.photos.add(new HazardPhoto(hazard, order++, file));
        }
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
     * 整改: records a step of the work. General: on a hazard of a submitted record while 待整改 or 整改中;
     * 已完成 makes it wait for 验收. Major: once 挂牌督办 and until 申请验收; it is then 治理中 whatever the
     * step says (the enterprise asks for 验收 itself). Refused for a hazard of a draft (saving the draft
     * again replaces it), after the work was finished and once closed.
     */
    public Rectification recordRectification(String measures, BigDecimal fundsUsed, String responsible,
                                             LocalDate completedOn, boolean finished, List<StoredImage> photosAfter,
                                             Actor by, LocalDateTime now) {
        if (originInspectionId != null) {
            throw new HazardTransitionException("hazard.rectify.draft", status);
        }
        HazardStatus next;
        if (kind == HazardKind.GENERAL) {
            require(HazardStatus.OPEN, HazardStatus.RECTIFYING);
            next = finished ? HazardStatus.AWAITING_ACCEPTANCE : HazardStatus.RECTIFYING;
        } else {
            require(HazardStatus.SUPERVISED, HazardStatus.RECTIFYING);
            next = HazardStatus.RECTIFYING;
        }
        Rectification step = new Rectification(this, measures, fundsUsed, responsible, completedOn, finished, by.name(), now);
        rectifications.add(step);
        int order = photos.size();
        for (StoredImage file : photosAfter) {
            HazardPhoto photo = new HazardPhoto(step, order++, file);
            photos.add(photo);
            step.getPhotos().add(photo);
        }
        moveTo(next, HazardAction.RECTIFICATION, measures, by, now);
        return step;
    }

    /**
     * 验收 of a finished rectification of a general hazard, by the enterprise: passed closes the hazard
     * (已销号), failed sends it back to 整改中. Only while it waits for acceptance; a major hazard is
     * closed only by the authority ({@link #decideAcceptance}).
     */
    public Acceptance recordAcceptance(String reviewOpinion, String acceptor, LocalDate acceptedOn, boolean passed,
                                       String reason, Actor by, LocalDateTime now) {
        requireKind(HazardKind.GENERAL, "hazard.rectify.major");
        if (source == HazardSource.OFFICER) {
            throw new HazardTransitionException("hazard.acceptance.officerOnly", status);
        }
        require(HazardStatus.AWAITING_ACCEPTANCE);
        Acceptance acceptance = new Acceptance(this, reviewOpinion, acceptor, acceptedOn, passed, reason, by.name(), now);
        acceptances.add(acceptance);
        close(passed, by, passed ? reviewOpinion : reason, now);
        return acceptance;
    }

    /**
     * 复查 by an officer of a general hazard found by 代报, once the enterprise finished the work: 通过
     * closes it, 不通过 sends it back to 整改中 with the reason. A self-found hazard is the enterprise's to accept.
     */
    public Acceptance recheck(String opinion, String inspector, LocalDate checkedOn, boolean passed, String reason,
                              Actor by, LocalDateTime now) {
        requireKind(HazardKind.GENERAL, "hazard.rectify.major");
        if (source != HazardSource.OFFICER) {
            throw new HazardTransitionException("hazard.recheck.selfFound", status);
        }
        require(HazardStatus.AWAITING_ACCEPTANCE);
        String why = passed ? reason : required(reason);
        Acceptance acceptance = new Acceptance(this, opinion, inspector, checkedOn, passed, why, by.name(), now);
        acceptances.add(acceptance);
        if (passed) {
            closedAt = now;
            moveTo(HazardStatus.CLOSED, HazardAction.RECHECK_PASSED, opinion, by, now);
        } else {
            moveTo(HazardStatus.RECTIFYING, HazardAction.RECHECK_FAILED, why, by, now);
        }
        return acceptance;
    }

    // ---- the major hazard's workflow (DOMAIN.md; 16号令 第十四条, 第十五条) ----

    /** 退回补充: the authority sends a new report back; the reason says what is missing. */
    public void returnForSupplement(String reason, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        if (source == HazardSource.OFFICER) {
            throw new HazardTransitionException("hazard.return.officerReported", status);
        }
        require(HazardStatus.REPORTED);
        moveTo(HazardStatus.RETURNED, HazardAction.RETURNED, required(reason), by, now);
    }

    /** 补充信息 after a 退回补充: an addition, dated in the trail; the report itself stays as it was. */
    public void supplement(String addition, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        require(HazardStatus.RETURNED);
        moveTo(HazardStatus.REPORTED, HazardAction.SUPPLEMENTED, required(addition), by, now);
    }

    /** 挂牌督办: the authority takes the report; its deadline becomes the hazard's 完成期限. */
    public void supervise(Supervision decision, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        require(HazardStatus.REPORTED);
        supervision = Objects.requireNonNull(decision);
        deadline = decision.getDeadline();
        moveTo(HazardStatus.SUPERVISED, HazardAction.SUPERVISED, decision.getDocumentNumber(), by, now);
    }

    /** 第十五条: the enterprise confirms the measures it has taken, while the major hazard is open. */
    public void confirmMeasures(SafetyMeasures confirmed, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        if (status == HazardStatus.CLOSED) {
            throw new HazardTransitionException("hazard.transition.refused", status);
        }
        measures = new SafetyMeasures(confirmed);
        measuresConfirmedAt = now;
        moveTo(status, HazardAction.MEASURES_CONFIRMED, measures.confirmedNames(), by, now);
    }

    /**
     * 延期申请: a later date and the reason, while the work goes on and only before the current deadline
     * has passed; one request at a time.
     */
    public void requestExtension(LocalDate until, String reason, Actor by, LocalDate today, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        require(HazardStatus.SUPERVISED, HazardStatus.RECTIFYING);
        if (extensionUntil != null) {
            throw new HazardTransitionException("hazard.extension.pending", status);
        }
        if (deadline.isBefore(today)) {
            throw new HazardTransitionException("hazard.extension.afterDeadline", status);
        }
        if (!Objects.requireNonNull(until).isAfter(deadline)) {
            throw new HazardTransitionException("hazard.extension.notLater", status);
        }
        String why = required(reason);
        extensionUntil = until;
        extensionReason = why;
        moveTo(status, HazardAction.EXTENSION_REQUESTED, until + "：" + why, by, now);
    }

    /** 同意 (the deadline becomes the date asked for) or 不同意 (with the reason) a pending 延期申请. */
    public void decideExtension(boolean granted, String reason, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        if (extensionUntil == null) {
            throw new HazardTransitionException("hazard.extension.none", status);
        }
        require(HazardStatus.SUPERVISED, HazardStatus.RECTIFYING);
        if (granted) {
            deadline = extensionUntil;
            moveTo(status, HazardAction.EXTENSION_GRANTED, extensionUntil + (blank(reason) ? "" : "：" + reason.strip()), by, now);
        } else {
            moveTo(status, HazardAction.EXTENSION_REFUSED, required(reason), by, now);
        }
        extensionUntil = null;
        extensionReason = null;
    }

    /**
     * 申请验收 with the enterprise's own evaluation, once at least one step says the work is finished;
     * the authority reviews it by {@code reviewDeadline}.
     */
    public void requestAcceptance(String evaluation, LocalDate reviewBy, Actor by, LocalDateTime now) {
        requestAcceptance(evaluation, List.of(), reviewBy, by, now);
    }

    /** 申请验收 with the evaluation's attachments (reports, test certificates, photos), kept with its trail row. */
    public void requestAcceptance(String evaluation, List<AttachedFile> attachments, LocalDate reviewBy, Actor by,
                                  LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        require(HazardStatus.SUPERVISED, HazardStatus.RECTIFYING);
        if (!isReadyForAcceptance()) {
            throw new HazardTransitionException("hazard.acceptance.unfinished", status);
        }
        String text = required(evaluation);
        reviewDeadline = Objects.requireNonNull(reviewBy);
        // A pending 延期申请 lapses: the work it asked time for is finished.
        extensionUntil = null;
        extensionReason = null;
        moveTo(HazardStatus.ACCEPTANCE_REQUESTED, HazardAction.ACCEPTANCE_REQUESTED, text, by, now);
        getLastEvent().attach(attachments);
    }

    /** The authority's 验收: 通过 closes the major hazard (已销号), 不通过 sends it back to 治理中 with the reasons. */
    public void decideAcceptance(boolean passed, String opinion, Actor by, LocalDateTime now) {
        requireKind(HazardKind.MAJOR, "hazard.major.only");
        require(HazardStatus.ACCEPTANCE_REQUESTED);
        String comment = passed ? opinion : required(opinion);
        reviewDeadline = null;
        close(passed, by, comment, now);
    }

    /**
     * Whether the last step says the work is finished and, after a failed 验收, a step was recorded
     * since: the enterprise asks again for new work, not for the same.
     */
    public boolean isReadyForAcceptance() {
        boolean stepSinceFailure = true;
        for (HazardEvent event : events) {
            if (event.getAction() == HazardAction.ACCEPTANCE_FAILED) {
                stepSinceFailure = false;
            } else if (event.getAction() == HazardAction.RECTIFICATION) {
                stepSinceFailure = true;
            }
        }
        return stepSinceFailure && !rectifications.isEmpty() && rectifications.get(rectifications.size() - 1).isFinished();
    }

    private void close(boolean passed, Actor by, String comment, LocalDateTime now) {
        if (passed) {
            closedAt = now;
            moveTo(HazardStatus.CLOSED, HazardAction.ACCEPTANCE_PASSED, comment, by, now);
        } else {
            moveTo(HazardStatus.RECTIFYING, HazardAction.ACCEPTANCE_FAILED, comment, by, now);
        }
    }

    private void moveTo(HazardStatus next, HazardAction action, String comment, Actor by, LocalDateTime now) {
        events.add(new HazardEvent(this, action, status, next, by, comment, now));
        status = next;
    }

    private void require(HazardStatus... allowed) {
        for (HazardStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new HazardTransitionException("hazard.transition.refused", status);
    }

    private void requireKind(HazardKind expected, String messageKey) {
        if (kind != expected) {
            throw new HazardTransitionException(messageKey, status);
        }
    }

    private String required(String text) {
        if (blank(text)) {
            throw new HazardTransitionException("hazard.reason.required", status);
        }
        return text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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
    /** 挂牌督办, or null before it. */
    public Supervision getSupervision() { return supervision == null || !supervision.isIssued() ? null : supervision; }
    /** The 第十五条 measures confirmed so far (none before the first confirmation). */
    public SafetyMeasures getMeasures() { return measures == null ? new SafetyMeasures() : measures; }
    public LocalDateTime getMeasuresConfirmedAt() { return measuresConfirmedAt; }
    public LocalDate getExtensionUntil() { return extensionUntil; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getReviewDeadline() { return reviewDeadline; }
    public List<HazardEvent> getEvents() { return events; }
    /** The additions to the report after each 退回补充, oldest first. */
    public List<HazardEvent> getSupplements() {
        return events.stream().filter(e -> e.getAction() == HazardAction.SUPPLEMENTED).toList();
    }
    /** The last row of the trail, or null before any step. */
    public HazardEvent getLastEvent() { return events.isEmpty() ? null : events.get(events.size() - 1); }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getReportedBy() { return reportedBy; }
    public HazardSource getSource() { return source; }
    public String getReporterRole() { return reporterRole; }
    /** 代报: found by an officer. */
    public boolean isOfficerReported() { return source == HazardSource.OFFICER; }
}
