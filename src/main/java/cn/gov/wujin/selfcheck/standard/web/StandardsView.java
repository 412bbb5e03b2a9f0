package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.StandardAdministration;
import cn.gov.wujin.selfcheck.standard.boundary.StandardSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/** 隐患排查标准 (ADMIN): every version, 复制为新版本, 发布, 导出Excel, 导入Excel. */
@Named
@ViewScoped
public class StandardsView implements Serializable {

    /** The largest sheet accepted for import (the seeded standards export to about 40 KB). */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    @Inject
    Caller currentUser;

    @Inject
    StandardAdministration administration;

    private List<StandardSummary> standards;
    private List<EnterpriseType> types;
    private Long importTypeId;
    private transient UploadedFile file;

    @PostConstruct
    void load() {
        standards = administration.list(currentUser.scope());
        types = administration.types(currentUser.scope());
    }

    public String copy(Long standardId) {
        try {
            long draftId = administration.copyToNewDraft(currentUser.scope(), standardId);
            Messages.info("standard.admin.copied");
            Messages.keepAfterRedirect();
            return "/admin/standard-edit?faces-redirect=true&id=" + draftId;
        } catch (BusinessException e) {
            Messages.error(e);
            standards = administration.list(currentUser.scope());
            return null;
        }
    }

    public void publish(Long draftId) {
        try {
            administration.publish(currentUser.scope(), draftId);
            Messages.info("standard.admin.published");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        standards = administration.list(currentUser.scope());
    }

    public String importFile() {
        try {
            if (importTypeId == null) {
                Messages.errorFor("importForm:type", "standard.import.typeRequired");
                return null;
            }
            if (file == null || file.getSize() == 0) {
                Messages.errorFor("importForm:file", "standard.import.fileRequired");
                return null;
            }
            if (file.getSize() > MAX_IMPORT_BYTES) {
                Messages.errorFor("importForm:file", "standard.import.tooLarge", MAX_IMPORT_BYTES / 1024 / 1024);
                return null;
            }
            long draftId = administration.importXlsx(currentUser.scope(), importTypeId, file.getContent());
            Messages.info("standard.import.done");
            Messages.keepAfterRedirect();
            return "/admin/standard-edit?faces-redirect=true&id=" + draftId;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        } finally {
            file = null;
        }
    }

    public List<StandardSummary> getStandards() { return standards; }
    public List<EnterpriseType> getTypes() { return types; }
    public Long getImportTypeId() { return importTypeId; }
    public void setImportTypeId(Long importTypeId) { this.importTypeId = importTypeId; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
