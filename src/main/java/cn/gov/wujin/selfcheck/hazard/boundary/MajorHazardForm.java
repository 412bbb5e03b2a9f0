package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.MajorReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 重大隐患信息填写: 隐患部位, the report with its plan ({@link MajorReport}), 责任人, 计划完成日期 and the
 * 判定标准 situation.
 */
public class MajorHazardForm implements Serializable {

    @NotBlank(message = "{hazard.location.required}")
    @Size(max = 200)
    private String location;

    /** The report and its plan, validated with the form. */
    @Valid
    @NotNull
    private MajorReport report = new MajorReport();


    @NotBlank(message = "{hazard.responsible.required}")
    @Size(max = 50)
    private String responsible;

    @NotNull(message = "{hazard.deadline.required}")
    private LocalDate deadline;

    @Size(max = 1000)
    private String majorSituation;

    public MajorReport getReport() { return report; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getMajorSituation() { return majorSituation; }
    public void setMajorSituation(String majorSituation) { this.majorSituation = majorSituation; }
}
