package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardReport;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One reported major hazard in full, for an officer whose scope covers its enterprise ({@code ?id=}). */
@Named
@RequestScoped
public class MajorHazardView {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    private MajorHazardReport report;

    /** The page's view action: 403 for a hazard outside the caller's scope, an unknown or a malformed id. */
    public void load() {
        report = ViewTarget.find("id", id -> hazards.majorHazard(currentUser.scope(), id));
    }

    public MajorHazardReport getReport() {
        return report;
    }
}
