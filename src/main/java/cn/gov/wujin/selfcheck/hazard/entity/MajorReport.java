package cn.gov.wujin.selfcheck.hazard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * 重大隐患报告: the parts of the report (16号令: 现状及其产生原因, 危害程度和整改难易程度分析, 临时安全措施,
 * 是否停产停业) and the six elements of the 治理方案 (目标任务, 方法措施, 经费物资, 机构人员, 时限要求,
 * 安全措施和应急预案). The 重大隐患信息填写 dialog fills it, the hazard keeps it, officers read it.
 */
@Embeddable
public class MajorReport implements Serializable {

    @NotBlank(message = "{hazard.currentState.required}")
    @Size(max = 2000)
    @Column(name = "current_state", length = 2000)
    private String currentState;

    @NotBlank(message = "{hazard.harmAnalysis.required}")
    @Size(max = 2000)
    @Column(name = "harm_analysis", length = 2000)
    private String harmAnalysis;

    @NotBlank(message = "{hazard.planGoal.required}")
    @Size(max = 1000)
    @Column(name = "plan_goal", length = 1000)
    private String planGoal;

    @NotBlank(message = "{hazard.planMeasures.required}")
    @Size(max = 2000)
    @Column(name = "plan_measures", length = 2000)
    private String planMeasures;

    @NotBlank(message = "{hazard.planFunding.required}")
    @Size(max = 1000)
    @Column(name = "plan_funding", length = 1000)
    private String planFunding;

    @NotBlank(message = "{hazard.planOrganization.required}")
    @Size(max = 1000)
    @Column(name = "plan_organization", length = 1000)
    private String planOrganization;

    @NotBlank(message = "{hazard.planTimeline.required}")
    @Size(max = 1000)
    @Column(name = "plan_timeline", length = 1000)
    private String planTimeline;

    @NotBlank(message = "{hazard.planSafety.required}")
    @Size(max = 2000)
    @Column(name = "plan_safety", length = 2000)
    private String planSafety;

    @Column(name = "needs_suspension")
    private Boolean needsSuspension;

    @NotBlank(message = "{hazard.interimMeasures.required}")
    @Size(max = 2000)
    @Column(name = "interim_measures", length = 2000)
    private String interimMeasures;

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
    public boolean isNeedsSuspension() { return Boolean.TRUE.equals(needsSuspension); }
    public void setNeedsSuspension(boolean needsSuspension) { this.needsSuspension = needsSuspension; }
    public String getInterimMeasures() { return interimMeasures; }
    public void setInterimMeasures(String interimMeasures) { this.interimMeasures = interimMeasures; }
}
