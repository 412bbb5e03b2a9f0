package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row of a hazard's trail: what was done, the status before and after, who did it in which role,
 * when, and the comment (a reason, an addition, a document number). Written by the transition methods
 * of {@link Hazard} only, never changed.
 */
@Entity
@Table(name = "hazard_event")
public class HazardEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_event_seq")
    @SequenceGenerator(name = "hazard_event_seq", sequenceName = "hazard_event_seq",
            allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false, length = 32)
    private HazardAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 32)
    private HazardStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private HazardStatus toStatus;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 16)
    private String actorRole;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "remark", length = 4000)
    private String comment;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HazardAttachment> attachments = new ArrayList<>();

    protected HazardEvent() {
    }

    HazardEvent(Hazard hazard, HazardAction action, HazardStatus fromStatus, HazardStatus toStatus, Actor actor,
                String comment, LocalDateTime occurredAt) {
        this.hazard = Objects.requireNonNull(hazard);
        this.action = Objects.requireNonNull(action);
        this.fromStatus = Objects.requireNonNull(fromStatus);
        this.toStatus = Objects.requireNonNull(toStatus);
        this.actor = Objects.requireNonNull(actor).name();
        this.actorRole = actor.role();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public Long getId() { return id; }
    public Hazard getHazard() { return hazard; }
    public HazardAction getAction() { return action; }
    public HazardStatus getFromStatus() { return fromStatus; }
    public HazardStatus getToStatus() { return toStatus; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getComment() { return comment; }
    public List<HazardAttachment> getAttachments() { return attachments; }

    /** Files that go with this step (written with it, never changed). */
    void attach(List<AttachedFile> files) {
        for (AttachedFile file : files) {
            attachments.add(new HazardAttachment(this, hazard.getEnterprise().getId(), file));
        }
    }
}
