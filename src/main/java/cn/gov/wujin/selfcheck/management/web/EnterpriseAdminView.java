package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRegistry;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRow;
import cn.gov.wujin.selfcheck.management.boundary.Registered;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;

/** The management panel of an enterprise's page: its state and its login's, 停用 / 启用, 重置密码. */
@Named
@ViewScoped
public class EnterpriseAdminView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseRegistry registry;

    @Inject
    AccountNoticeDownload download;

    private Long enterpriseId;
    private EnterpriseRow row;
    private long version;
    private IssuedPassword issued;

    public void load() {
        row = ViewTarget.findOrRefuse(() -> registry.row(currentUser.scope(), ViewTarget.id("id")));
        if (row != null) {
            enterpriseId = row.id();
            version = registry.version(currentUser.scope(), enterpriseId);
        }
    }

    private void reload() {
        row = registry.row(currentUser.scope(), enterpriseId);
        version = registry.version(currentUser.scope(), enterpriseId);
    }

    public void disable() {
        setActive(false);
    }

    public void enable() {
        setActive(true);
    }

    private void setActive(boolean active) {
        try {
            registry.setActive(currentUser.scope(), enterpriseId, active, version);
            Messages.info(active ? "enterprise.enabled" : "enterprise.disabled", row.name());
        } catch (StaleRecordException e) {
            Messages.error("record.stale");
        } catch (AccessDeniedException e) {
            Messages.error("enterprise.outOfScope");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    public void resetPassword() {
        try {
            issued = registry.resetPassword(currentUser.scope(), enterpriseId);
            Messages.info("account.reset.done", issued.username());
        } catch (AccessDeniedException e) {
            Messages.error("enterprise.outOfScope");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    public StreamedContent getNoticePdf() {
        return issued == null ? null : download.single(new Registered(row.id(), row.name(), row.creditCode(), row.town(), issued));
    }

    public EnterpriseRow getRow() { return row; }
    public IssuedPassword getIssued() { return issued; }
}
