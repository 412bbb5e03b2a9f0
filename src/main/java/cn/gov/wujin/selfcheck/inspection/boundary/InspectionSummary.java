package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.inspection.entity.ItemResult;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of 当前月自查记录 or 历史记录. */
public final class InspectionSummary implements Serializable {

    private final Long id;
    private final LocalDate inspectionDate;
    private final String inspector;
    private final String period;
    private final long answered;
    private final long general;
    private final long major;
    private final LocalDateTime submittedAt;
    private final String submittedBy;
    private final boolean autoSubmitted;

    public InspectionSummary(SelfInspection i) {
        this.id = i.getId();
        this.inspectionDate = i.getInspectionDate();
        this.inspector = i.getInspectorName();
        this.period = i.getPeriod();
        this.answered = i.getAnswers().size();
        this.general = i.count(ItemResult.GENERAL);
        this.major = i.count(ItemResult.MAJOR);
        this.submittedAt = i.getSubmittedAt();
        this.submittedBy = i.getSubmittedBy();
        this.autoSubmitted = i.isAutoSubmitted();
    }

    public Long getId() { return id; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public String getInspector() { return inspector; }
    public String getPeriod() { return period; }
    public long getAnswered() { return answered; }
    public long getGeneral() { return general; }
    public long getMajor() { return major; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public boolean isAutoSubmitted() { return autoSubmitted; }
}
