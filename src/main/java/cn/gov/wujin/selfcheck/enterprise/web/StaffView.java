package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.enterprise.boundary.SafetyStaffs;
import cn.gov.wujin.selfcheck.enterprise.control.CertificateStatus;
import cn.gov.wujin.selfcheck.enterprise.entity.Gender;
import cn.gov.wujin.selfcheck.enterprise.entity.SafetyStaff;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffData;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 单位人员信息: the list (安全负责人 first), add, edit and delete in a dialog. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    SafetyStaffs staffs;

    @Inject
    transient Clock clock;

    private Long enterpriseId;
    private List<SafetyStaff> list;
    private StaffData data = new StaffData();
    private Long editing;

    /** The enterprise of the profile page this tab belongs to, whose view action has checked it. */
    @Inject
    ProfileView profileView;

    @PostConstruct
    void load() {
        enterpriseId = profileView.getEnterpriseId();
        list = staffs.list(currentUser.scope(), enterpriseId);
    }

    public void startAdd() {
        editing = null;
        data = new StaffData();
    }

    public void startEdit(Long staffId) {
        try {
            data = staffs.data(currentUser.scope(), staffId);
            editing = staffId;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void save() {
        try {
            if (editing == null) {
                staffs.add(currentUser.scope(), enterpriseId, data);
                Messages.info("staff.added");
            } else {
                staffs.update(currentUser.scope(), editing, data);
                Messages.info("staff.updated");
            }
            editing = null;
            data = new StaffData();
            PrimeFaces.current().executeScript("PF('staffDialog').hide()");
            list = staffs.list(currentUser.scope(), enterpriseId);
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> violation : e.violations()) {
                FacesContext.getCurrentInstance().addMessage("staffForm:" + violation.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Messages.errorFor("staffForm:dialogMessages", e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void delete(Long staffId) {
        try {
            staffs.delete(currentUser.scope(), staffId);
            Messages.info("staff.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        list = staffs.list(currentUser.scope(), enterpriseId);
    }

    /** NONE, VALID, EXPIRING (within 30 days) or EXPIRED. */
    public String certificateStatus(SafetyStaff staff) {
        return CertificateStatus.of(staff.getCertificateValidUntil(), LocalDate.now(clock)).name();
    }

    public List<SafetyStaff> getList() { return list; }
    public StaffData getData() { return data; }
    public boolean isEditing() { return editing != null; }
    public StaffCategory[] getCategories() { return StaffCategory.values(); }
    public Gender[] getGenders() { return Gender.values(); }
}
