package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.enterprise.boundary.ProfileForm;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.control.ProfileRules;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.MajorHazardGrade;
import cn.gov.wujin.selfcheck.enterprise.entity.StandardizationLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The edit form of 企业基本信息. The fixed fields are inputs for officers only; the boundary checks again. */
@Named
@ViewScoped
public class ProfileEditView extends EnterprisePageView {

    @Inject
    Profiles profiles;

    private ProfileForm form;

    @Override
    protected void loadFor(CallerScope caller, Long enterpriseId) {
        form = profiles.form(caller, enterpriseId);
    }

    /** A yes/no question was answered: a 否 clears its follow-up fields. */
    public void answered() {
        ProfileRules.clearUnansweredFollowUps(form.getData());
    }

    public String save() {
        try {
            profiles.save(currentUser.scope(), getEnterpriseId(), form);
        } catch (InvalidInputException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Map.Entry<String, String> violation : e.violations()) {
                context.addMessage("profile:" + violation.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
            }
            Messages.error("form.invalid");
            context.validationFailed();
            return null;
        } catch (AccessDeniedException e) {
            Messages.error("profile.fixed.refused");
            return null;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("profile.saved");
        Messages.keepAfterRedirect();
        return currentUser.isEnterprise() ? "/enterprise/profile?faces-redirect=true"
                : "/officer/enterprise?faces-redirect=true&id=" + getEnterpriseId();
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<Town> getTowns() {
        return profiles.towns();
    }

    public List<IndustryDepartment> getDepartments() {
        return profiles.departments();
    }

    public List<EnterpriseType> getSubtypes() {
        return profiles.subtypes();
    }

    public List<SupervisionLevel> getSupervisionLevels() {
        return profiles.supervisionLevels();
    }

    public List<StandardizationLevel> getStandardizationLevels() {
        return profiles.standardizationLevels();
    }

    public MajorHazardGrade[] getMajorHazardGrades() {
        return MajorHazardGrade.values();
    }
}
