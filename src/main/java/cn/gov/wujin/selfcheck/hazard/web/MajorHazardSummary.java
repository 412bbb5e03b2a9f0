package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerReports;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardWorkflow;
import cn.gov.wujin.selfcheck.hazard.boundary.OverdueCounts;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The officer home's lines on major hazards: how many in scope are not yet closed (销号), how many are overdue. */
@Named
@RequestScoped
public class MajorHazardSummary {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    @Inject
    MajorHazardWorkflow workflow;

    @Inject
    OfficerReports reports;

    private Long openCount;
    private Long awaitingRecheck;
    private OverdueCounts overdue;

    /** Open major hazards past their deadline, and 申请验收 past their review deadline. */
    public OverdueCounts getOverdue() {
        if (overdue == null) {
            overdue = workflow.countOverdue(currentUser.scope());
        }
        return overdue;
    }

    /** 代报 hazards whose work the enterprise finished, waiting for an officer's 复查. */
    public long getAwaitingRecheck() {
        if (awaitingRecheck == null) {
            awaitingRecheck = reports.countAwaitingRecheck(currentUser.scope());
        }
        return awaitingRecheck;
    }

    public long getOpenCount() {
        if (openCount == null) {
            MajorHazardFilter open = new MajorHazardFilter();
            open.setOpenOnly(true);
            openCount = hazards.countMajorHazardsInScope(currentUser.scope(), open);
        }
        return openCount;
    }
}
