package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.notice.boundary.ArticleForm;
import cn.gov.wujin.selfcheck.notice.boundary.Articles;
import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 新增 / 修改 an article ({@code /officer/article-edit.xhtml}, {@code ?id=} to edit): kind, title, rich text,
 * for a 政策法规 issuer, number and date, and attachments. A refused or stale save keeps every entry.
 */
@Named
@ViewScoped
public class ArticleEditView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Articles articles;

    @Inject
    NoticePublishing publishing;

    private ArticleForm form = new ArticleForm();
    private List<AttachmentInfo> attachments = new ArrayList<>();

    public void load() {
        if (!Articles.mayEdit(currentUser.scope())) {
            ViewTarget.refuse();
            return;
        }
        Long id = ViewTarget.findOrRefuse(() -> ViewTarget.optionalId("id"));
        if (id != null) {
            ArticleForm loaded = ViewTarget.findOrRefuse(() -> articles.form(currentUser.scope(), id));
            if (loaded == null) {
                return;
            }
            form = loaded;
            attachments = new ArrayList<>(articles.attachments(currentUser.scope(), id));
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            if (!Articles.mayEdit(currentUser.scope())) {
                throw new cn.gov.wujin.selfcheck.platform.security.AccessDeniedException();
            }
            attachments.add(publishing.upload(currentUser.scope(), attachments.size(), event.getFile().getFileName(),
                    event.getFile().getContent()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String save() {
        form.setAttachmentIds(attachments.stream().map(AttachmentInfo::getId).toList());
        try {
            Long id = articles.save(currentUser.scope(), form);
            Messages.info("article.saved");
            Messages.keepAfterRedirect();
            return "/help?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> violation : e.violations()) {
                FacesContext.getCurrentInstance().addMessage("article:" + violation.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public ArticleForm getForm() { return form; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
    public List<ArticleKind> getKinds() { return List.of(ArticleKind.values()); }
    public long getAttachmentMaxBytes() { return publishing.maxAttachmentBytes(); }
}
