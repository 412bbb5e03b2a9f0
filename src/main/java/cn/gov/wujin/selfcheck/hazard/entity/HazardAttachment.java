package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/** A file attached to a row of a hazard's trail (the enterprise's evaluation of 申请验收, for one). */
@Entity
@Table(name = "hazard_attachment")
@NamedQuery(name = HazardAttachment.KEYS_BY_ENTERPRISE, query = "SELECT DISTINCT a.file.storageKey FROM HazardAttachment a "
        + "WHERE a.enterpriseId = :enterpriseId")
public class HazardAttachment {

    public static final String KEYS_BY_ENTERPRISE = "HazardAttachment.keysByEnterprise";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_attachment_seq")
    @SequenceGenerator(name = "hazard_attachment_seq", sequenceName = "hazard_attachment_seq",
            allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private HazardEvent event;

    /** Whose directory holds the file (the hazard's enterprise). */
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Embedded
    private AttachedFile file;

    protected HazardAttachment() {
    }

    HazardAttachment(HazardEvent event, Long enterpriseId, AttachedFile file) {
        this.event = Objects.requireNonNull(event);
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
        this.file = new AttachedFile(file);
    }

    public Long getId() { return id; }
    public HazardEvent getEvent() { return event; }
    public Long getEnterpriseId() { return enterpriseId; }
    public AttachedFile getFile() { return file; }
}
