package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardReport;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** One reported major hazard in full, for an officer whose scope covers its enterprise ({@code ?id=}). */
@Named
@RequestScoped
public class MajorHazardView {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    private MajorHazardReport report;

    @PostConstruct
    void load() {
        try {
            report = hazards.majorHazard(currentUser.scope(), idParameter());
        } catch (AccessDeniedException e) {
            report = null; // refuseUnlessLoaded answers 403 before anything is rendered
        }
    }

    /** The page's view action: 403 for a hazard outside the caller's scope, an unknown or a malformed id. */
    public void refuseUnlessLoaded() {
        if (report == null) {
            Faces.responseSendError(403, "");
        }
    }

    private static Long idParameter() {
        String id = Faces.getRequestParameter("id");
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public MajorHazardReport getReport() {
        return report;
    }
}
