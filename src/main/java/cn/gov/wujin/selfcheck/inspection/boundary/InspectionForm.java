package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What 新建自查 / 修改 starts from: the standard (of the record's version), the heading and the answers so far. */
public final class InspectionForm implements Serializable {

    private final Long draftId;
    private final Long version;
    private final PrintableStandard standard;
    private final String inspector;
    private final LocalDate inspectionDate;
    private final Map<Long, AnswerInput> answers;

    /** {@code version}: the draft's version when it was loaded (null for a new record). */
    public InspectionForm(Long draftId, Long version, PrintableStandard standard, String inspector, LocalDate inspectionDate,
                          Map<Long, AnswerInput> answers) {
        this.draftId = draftId;
        this.version = version;
        this.standard = standard;
        this.inspector = inspector;
        this.inspectionDate = inspectionDate;
        this.answers = new LinkedHashMap<>(answers);
    }

    public Long getDraftId() { return draftId; }
    public Long getVersion() { return version; }
    public PrintableStandard getStandard() { return standard; }
    public String getInspector() { return inspector; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public Map<Long, AnswerInput> getAnswers() { return answers; }
}
