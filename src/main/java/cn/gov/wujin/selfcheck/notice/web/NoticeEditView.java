package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.enterprise.boundary.ReferenceData;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeForm;
import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.annotation.PostConstruct;
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
 * 发布公告 ({@code /officer/notice-edit.xhtml}): title, rich text, audience within the officer's scope,
 * attachments, publish now or at a set time, and whether it also goes by e-mail. A refused save keeps
 * every entry on the page.
 */
@Named
@ViewScoped
public class NoticeEditView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    NoticePublishing publishing;

    @Inject
    ReferenceData referenceData;

    private final NoticeForm form = new NoticeForm();

    private final List<AttachmentInfo> attachments = new ArrayList<>();

    private final List<EnterpriseSummary> picked = new ArrayList<>();

    private String toPick;

    private List<Town> towns;
    private List<IndustryDepartment> departments;
    private List<EnterpriseType> types;

    @PostConstruct
    void init() {
        towns = referenceData.towns();
        departments = referenceData.departments();
        types = referenceData.types();
        if (currentUser.getRole() == Role.TOWN) {
            towns = towns.stream().filter(t -> t.getId().equals(currentUser.scope().townId())).toList();
        }
        if (currentUser.getRole() == Role.INDUSTRY) {
            departments = departments.stream().filter(d -> d.getId().equals(currentUser.scope().departmentId())).toList();
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            attachments.add(publishing.upload(currentUser.scope(), attachments.size(), event.getFile().getFileName(),
                    event.getFile().getContent()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removeAttachment(Long id) {
        attachments.removeIf(a -> a.getId().equals(id));
    }

    /** The names of enterprises in scope that contain what was typed. */
    public List<String> completeEnterprise(String query) {
        return publishing.pickable(currentUser.scope(), query).stream().map(EnterpriseSummary::getName).toList();
    }

    /** Adds the enterprise named in the search box to the picked audience (in scope only). */
    public void addPicked() {
        if (toPick != null && !toPick.isBlank()) {
            publishing.pickable(currentUser.scope(), toPick.strip()).stream()
                    .filter(e -> e.getName().equals(toPick.strip()))
                    .filter(e -> picked.stream().noneMatch(p -> p.getId().equals(e.getId())))
                    .findFirst().ifPresentOrElse(picked::add, () -> Messages.error("notice.picked.unknown"));
        }
        toPick = null;
    }

    public void removePicked(Long id) {
        picked.removeIf(p -> p.getId().equals(id));
    }

    public String save() {
        form.setAttachmentIds(attachments.stream().map(AttachmentInfo::getId).toList());
        form.setPicked(picked.stream().map(EnterpriseSummary::getId).toList());
        try {
            Long id = publishing.save(currentUser.scope(), form);
            Messages.info(form.getPublishAt() == null ? "notice.saved.published" : "notice.saved.scheduled");
            Messages.keepAfterRedirect();
            return "/officer/notice?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> violation : e.violations()) {
                FacesContext.getCurrentInstance().addMessage("notice:" + violation.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (AccessDeniedException e) {
            Messages.error("notice.audience.outOfScope");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public NoticeForm getForm() { return form; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
    public List<EnterpriseSummary> getPicked() { return picked; }
    public String getToPick() { return toPick; }
    public void setToPick(String v) { toPick = v; }
    public List<Town> getTowns() { return towns; }
    public List<IndustryDepartment> getDepartments() { return departments; }
    public List<EnterpriseType> getTypes() { return types; }
    public List<AudienceKind> getAudienceKinds() { return List.of(AudienceKind.values()); }
    public long getAttachmentMaxBytes() { return publishing.maxAttachmentBytes(); }
}
