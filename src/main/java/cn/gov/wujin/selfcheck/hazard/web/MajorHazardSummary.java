package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardFilter;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The officer home's line on major hazards: how many in scope are not yet closed (销号). */
@Named
@RequestScoped
public class MajorHazardSummary {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    private Long openCount;

    public long getOpenCount() {
        if (openCount == null) {
            MajorHazardFilter open = new MajorHazardFilter();
            open.setOpenOnly(true);
            openCount = hazards.countMajorHazardsInScope(currentUser.scope(), open);
        }
        return openCount;
    }
}
