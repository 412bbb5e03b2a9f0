package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;
import cn.gov.wujin.selfcheck.account.boundary.OfficerForm;
import cn.gov.wujin.selfcheck.account.boundary.OfficerRow;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 账号管理 ({@code /admin/accounts.xhtml}, ADMIN): the officers' accounts; create one (role, town or
 * department; a one-time password shown once), 停用 / 启用, 重置密码, and a new role or scope.
 */
@Named
@ViewScoped
public class OfficerAccountsView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Accounts accounts;

    private String keyword;
    private OfficerForm form = new OfficerForm();
    private IssuedPassword issued;
    private LazyDataModel<OfficerRow> model;
    private Long editingId;
    private Role editRole;
    private Long editTownId;
    private Long editDepartmentId;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.countOfficers(currentUser.scope(), keyword),
                (first, size) -> accounts.officers(currentUser.scope(), keyword, first, size), r -> String.valueOf(r.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":officers:table");
    }

    public void create() {
        try {
            issued = accounts.openOfficer(currentUser.scope(), form);
            Messages.info("officer.created", issued.username());
            form = new OfficerForm();
        } catch (InvalidInputException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Map.Entry<String, String> violation : e.violations()) {
                context.addMessage("newOfficer:" + violation.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
            }
            Messages.error("form.invalid");
            context.validationFailed();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void setActive(Long id, boolean active) {
        try {
            accounts.setOfficerActive(currentUser.scope(), id, active);
            Messages.info(active ? "officer.enabled" : "officer.disabled");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void reset(Long id) {
        try {
            issued = accounts.resetOfficerPassword(currentUser.scope(), id);
            Messages.info("account.reset.done", issued.username());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void edit(OfficerRow row) {
        editingId = row.id();
        editRole = row.role();
        editTownId = row.townId();
        editDepartmentId = row.departmentId();
    }

    public void saveScope() {
        try {
            accounts.changeOfficerScope(currentUser.scope(), editingId, editRole, editTownId, editDepartmentId);
            Messages.info("officer.scopeChanged");
            editingId = null;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> Messages.error("form.invalid.field", v.getValue()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Role> getOfficerRoles() {
        return List.of(Role.TOWN, Role.INDUSTRY, Role.DISTRICT, Role.ADMIN);
    }

    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = v; }
    public OfficerForm getForm() { return form; }
    public IssuedPassword getIssued() { return issued; }
    public LazyDataModel<OfficerRow> getModel() { return model; }
    public Long getEditingId() { return editingId; }
    public Role getEditRole() { return editRole; }
    public void setEditRole(Role v) { editRole = v; }
    public Long getEditTownId() { return editTownId; }
    public void setEditTownId(Long v) { editTownId = v; }
    public Long getEditDepartmentId() { return editDepartmentId; }
    public void setEditDepartmentId(Long v) { editDepartmentId = v; }
}
