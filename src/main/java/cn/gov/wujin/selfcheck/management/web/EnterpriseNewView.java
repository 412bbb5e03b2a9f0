package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseForm;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRegistry;
import cn.gov.wujin.selfcheck.management.boundary.Registered;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;

/**
 * 新增单位 ({@code /officer/enterprise-new.xhtml}): registers an enterprise with its login and shows
 * the initial password once (with its 账号开通通知单 in the generated mode).
 */
@Named
@ViewScoped
public class EnterpriseNewView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseRegistry registry;

    @Inject
    AccountNoticeDownload download;

    private EnterpriseForm form = new EnterpriseForm();
    private Registered registered;

    @PostConstruct
    void init() {
        // A TOWN officer registers in its town, an INDUSTRY officer in its department: preset, and checked by the boundary.
        form.setTownId(currentUser.scope().townId());
        form.setDepartmentId(currentUser.scope().departmentId());
    }

    public void save() {
        try {
            registered = registry.create(currentUser.scope(), form);
            Messages.info("enterprise.created", registered.name());
        } catch (InvalidInputException e) {
            FormErrors.show("enterprise", e);
        } catch (AccessDeniedException e) {
            Messages.error("enterprise.outOfScope");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Another one: an empty form with the scope preset again. */
    public void next() {
        form = new EnterpriseForm();
        registered = null;
        init();
    }

    public StreamedContent getNoticePdf() {
        return registered == null ? null : download.single(registered);
    }

    public EnterpriseForm getForm() { return form; }
    public Registered getRegistered() { return registered; }
    public boolean isTownFixed() { return currentUser.scope().townId() != null; }
    public boolean isDepartmentFixed() { return currentUser.scope().departmentId() != null; }
}
