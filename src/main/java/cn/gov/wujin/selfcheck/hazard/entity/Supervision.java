package cn.gov.wujin.selfcheck.hazard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** 挂牌督办 of a major hazard: level, supervising unit, deadline and the 督办通知书's document number. */
@Embeddable
public class Supervision implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level", length = 16)
    private ListingLevel level;

    @Column(name = "supervising_unit", length = 200)
    private String unit;

    @Column(name = "supervision_deadline")
    private LocalDate deadline;

    /** e.g. 武安督〔2026〕12号; unique over all hazards. */
    @Column(name = "supervision_document_no", length = 50)
    private String documentNumber;

    @Column(name = "supervision_issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "supervision_issued_by", length = 200)
    private String issuedBy;

    protected Supervision() {
    }

    public Supervision(ListingLevel level, String unit, LocalDate deadline, String documentNumber,
                       String issuedBy, LocalDateTime issuedAt) {
        this.level = Objects.requireNonNull(level);
        this.unit = Objects.requireNonNull(unit).strip();
        this.deadline = Objects.requireNonNull(deadline);
        this.documentNumber = Objects.requireNonNull(documentNumber).strip();
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /** EclipseLink leaves an embedded object whose columns are all null as null. */
    public boolean isIssued() {
        return documentNumber != null;
    }

    public ListingLevel getLevel() { return level; }
    public String getUnit() { return unit; }
    public LocalDate getDeadline() { return deadline; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
}
