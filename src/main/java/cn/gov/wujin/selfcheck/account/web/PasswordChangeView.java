package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** 密码修改: old password, new password, new password again. */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @NotBlank(message = "{password.current.required}")
    @Size(max = 128)
    private String currentPassword;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 128)
    private String newPassword;

    @NotBlank(message = "{password.confirmation.required}")
    @Size(max = 128)
    private String confirmation;

    public boolean isForced() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return Boolean.TRUE.equals(request.getSession().getAttribute(LoginView.MUST_CHANGE_PASSWORD));
    }

    public void change() throws IOException {
        try {
            accounts.changePassword(currentUser.scope(), currentPassword, newPassword, confirmation);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).getSession().removeAttribute(LoginView.MUST_CHANGE_PASSWORD);
        Messages.info("password.changed");
        Messages.keepAfterRedirect();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
