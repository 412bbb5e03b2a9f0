package cn.gov.wujin.selfcheck.inspection.entity;

import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** The answer to one item in one record; a hazard answer points at its hazard. */
@Entity
@Table(name = "inspection_answer")
public class InspectionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_answer_seq")
    @SequenceGenerator(name = "inspection_answer_seq", sequenceName = "inspection_answer_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id", nullable = false)
    private SelfInspection inspection;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemResult result;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id")
    private Hazard hazard;

    @Version
    private long version;

    protected InspectionAnswer() {
    }

    public InspectionAnswer(SelfInspection inspection, ChecklistItem item, ItemResult result, Hazard hazard) {
        this.inspection = Objects.requireNonNull(inspection);
        this.item = Objects.requireNonNull(item);
        this.result = Objects.requireNonNull(result);
        if ((result == ItemResult.NONE) != (hazard == null)) {
            throw new IllegalArgumentException("a hazard answer needs its hazard, a NONE answer none");
        }
        this.hazard = hazard;
    }

    public Long getId() { return id; }
    public SelfInspection getInspection() { return inspection; }
    public ChecklistItem getItem() { return item; }
    public ItemResult getResult() { return result; }
    public Hazard getHazard() { return hazard; }
}
