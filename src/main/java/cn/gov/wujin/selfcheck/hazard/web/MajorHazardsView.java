package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** 重大隐患 (manual §4.3): the major hazards the enterprise reported, with their status. */
@Named
@RequestScoped
public class MajorHazardsView {

    @Inject
    Caller currentUser;

    @Inject
    Hazards hazards;

    private List<Hazard> list;

    @PostConstruct
    void load() {
        list = hazards.majorHazards(currentUser.scope(), currentUser.scope().enterpriseId());
    }

    public List<Hazard> getList() {
        return list;
    }
}
