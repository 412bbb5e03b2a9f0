package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The towns, departments, types and levels for the management pages' menus. */
@Named
@RequestScoped
public class ReferenceLists {

    @Inject
    Profiles profiles;

    public List<Town> getTowns() {
        return profiles.towns();
    }

    public List<IndustryDepartment> getDepartments() {
        return profiles.departments();
    }

    public List<EnterpriseType> getSubtypes() {
        return profiles.subtypes();
    }

    public List<SupervisionLevel> getLevels() {
        return profiles.supervisionLevels();
    }
}
