package cn.gov.wujin.selfcheck.hazard.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 重大隐患信息填写: the three parts of the report (16号令) and the six elements of the plan
 * (目标任务, 方法措施, 经费物资, 机构人员, 时限要求, 安全措施和应急预案).
 */
public class MajorHazardForm implements Serializable {

    @NotBlank(message = "{hazard.location.required}")
    @Size(max = 200)
    private String location;

    @NotBlank(message = "{hazard.currentState.required}")
    @Size(max = 2000)
    private String currentState;

    @NotBlank(message = "{hazard.harmAnalysis.required}")
    @Size(max = 2000)
    private String harmAnalysis;

    @NotBlank(message = "{hazard.planGoal.required}")
    @Size(max = 1000)
    private String planGoal;

    @NotBlank(message = "{hazard.planMeasures.required}")
    @Size(max = 2000)
    private String planMeasures;

    @NotBlank(message = "{hazard.planFunding.required}")
    @Size(max = 1000)
    private String planFunding;

    @NotBlank(message = "{hazard.planOrganization.required}")
    @Size(max = 1000)
    private String planOrganization;

    @NotBlank(message = "{hazard.planTimeline.required}")
    @Size(max = 1000)
    private String planTimeline;

    @NotBlank(message = "{hazard.planSafety.required}")
    @Size(max = 2000)
    private String planSafety;

    private boolean needsSuspension;

    @NotBlank(message = "{hazard.interimMeasures.required}")
    @Size(max = 2000)
    private String interimMeasures;

    @NotBlank(message = "{hazard.responsible.required}")
    @Size(max = 50)
    private String responsible;

    @NotNull(message = "{hazard.deadline.required}")
    private LocalDate deadline;

    @Size(max = 1000)
    private String majorSituation;

    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getCurrentState() { return currentState; }
    public void setCurrentState(String currentState) { this.currentState = currentState; }
    public String getHarmAnalysis() { return harmAnalysis; }
    public void setHarmAnalysis(String harmAnalysis) { this.harmAnalysis = harmAnalysis; }
    public String getPlanGoal() { return planGoal; }
    public void setPlanGoal(String planGoal) { this.planGoal = planGoal; }
    public String getPlanMeasures() { return planMeasures; }
    public void setPlanMeasures(String planMeasures) { this.planMeasures = planMeasures; }
    public String getPlanFunding() { return planFunding; }
    public void setPlanFunding(String planFunding) { this.planFunding = planFunding; }
    public String getPlanOrganization() { return planOrganization; }
    public void setPlanOrganization(String planOrganization) { this.planOrganization = planOrganization; }
    public String getPlanTimeline() { return planTimeline; }
    public void setPlanTimeline(String planTimeline) { this.planTimeline = planTimeline; }
    public String getPlanSafety() { return planSafety; }
    public void setPlanSafety(String planSafety) { this.planSafety = planSafety; }
    public boolean isNeedsSuspension() { return needsSuspension; }
    public void setNeedsSuspension(boolean needsSuspension) { this.needsSuspension = needsSuspension; }
    public String getInterimMeasures() { return interimMeasures; }
    public void setInterimMeasures(String interimMeasures) { this.interimMeasures = interimMeasures; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getMajorSituation() { return majorSituation; }
    public void setMajorSituation(String majorSituation) { this.majorSituation = majorSituation; }
}
