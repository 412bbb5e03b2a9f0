package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.management.boundary.EnterpriseImports;
import cn.gov.wujin.selfcheck.management.boundary.ImportView;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * 批量导入 ({@code /officer/import.xhtml}): the templates, the upload (file and encoding), the import
 * being followed (a progress bar polled until it ends, then its counts and rejects), and the history
 * with 继续导入 for an interrupted one.
 */
@Named
@ViewScoped
public class ImportPageView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseImports imports;

    private UploadedFile file;
    private String charset = "AUTO";
    private Long currentId;
    private ImportView current;
    private LazyDataModel<ImportView> history;

    public void load() {
        if (!EnterpriseImports.mayImport(currentUser.scope())) {
            ViewTarget.refuse();
            return;
        }
        history = new PagedModel<>(() -> imports.count(currentUser.scope()),
                (first, size) -> imports.history(currentUser.scope(), first, size), v -> String.valueOf(v.getId()));
        Long shown = ViewTarget.findOrRefuse(() -> ViewTarget.optionalId("id"));
        if (shown != null) {
            follow(shown);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import.file.empty");
            return;
        }
        try {
            Long id = imports.upload(currentUser.scope(), file.getFileName(), file.getContent(), charset);
            imports.launch(currentUser.scope(), id);
            follow(id);
            Messages.info("import.started", current.getFileName());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The poll's action: the followed import as it stands now. */
    public void refresh() {
        if (currentId != null) {
            current = imports.view(currentUser.scope(), currentId);
        }
    }

    public void follow(Long id) {
        try {
            current = imports.view(currentUser.scope(), id);
            currentId = id;
        } catch (AccessDeniedException e) {
            Messages.error("import.unknown");
        }
    }

    public void continueImport(Long id) {
        try {
            imports.continueImport(currentUser.scope(), id);
            follow(id);
            Messages.info("import.continued", current.getFileName());
        } catch (AccessDeniedException e) {
            Messages.error("import.unknown");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public boolean isGeneratedPasswords() {
        return imports.generatesPasswords();
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getCharset() { return charset; }
    public void setCharset(String charset) { this.charset = charset; }
    public List<String> getCharsets() { return List.of("AUTO", "UTF-8", "GBK"); }
    public ImportView getCurrent() { return current; }
    public boolean isPolling() { return current != null && current.isRunning(); }
    public LazyDataModel<ImportView> getHistory() { return history; }
}
