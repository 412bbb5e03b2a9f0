package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerReports;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Attempts;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 隐患代报 ({@code /officer/report-hazard.xhtml?enterprise=}): an officer records a general or major hazard
 * found during the authority's own inspection of an enterprise in scope, at an item of its standard or
 * free, with photos; then goes to the hazard's page. An enterprise outside the scope answers 403.
 */
@Named
@ViewScoped
public class OfficerReportView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    OfficerReports reports;

    @Inject
    Clock clock;

    private Long enterpriseId;
    private String enterpriseName;
    private PrintableStandard standard;
    private OfficerHazardForm form = new OfficerHazardForm();

    /** The page's view action. */
    public void load() {
        Enterprise enterprise = ViewTarget.find("enterprise", id -> reports.enterprise(currentUser.scope(), id));
        if (enterprise == null) {
            return;
        }
        enterpriseId = enterprise.getId();
        enterpriseName = enterprise.getName();
        try {
            standard = reports.standardOf(currentUser.scope(), enterpriseId);
        } catch (BusinessException e) {
            // No published standard for its type: a free finding only.
            Messages.error(e);
        }
    }

    /** 保存: the hazard's page next, or every entry kept with the reason. */
    public String save() {
        Long[] created = new Long[1];
        if (!Attempts.done(() -> created[0] = reports.report(currentUser.scope(), enterpriseId, form), "officerReport.saved")) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        return (form.getKind() == HazardKind.MAJOR ? "/officer/major-hazard" : "/officer/hazard")
                + "?faces-redirect=true&id=" + created[0];
    }

    /** A photo of the finding: stored at once when its bytes are an image; the other fields stay as typed. */
    public void uploadPhoto(FileUploadEvent event) {
        try {
            reports.uploadPhoto(currentUser.scope(), enterpriseId, form.getPhotos(), event.getFile().getContent());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removePhoto(String key) {
        form.getPhotos().removeIf(p -> p.getStorageKey().equals(key));
    }

    /** The items of the enterprise's standard by 一级分类 · 二级分类, for the item menu. */
    public List<SelectItem> getItems() {
        List<SelectItem> groups = new ArrayList<>();
        if (standard == null) {
            return groups;
        }
        for (PrintableStandard.Section section : standard.getSections()) {
            for (PrintableStandard.Group group : section.getGroups()) {
                SelectItemGroup g = new SelectItemGroup(section.getName() + " · " + group.getName());
                g.setSelectItems(group.getItems().stream()
                        .map(i -> new SelectItem(i.getId(), i.getContent())).toArray(SelectItem[]::new));
                groups.add(g);
            }
        }
        return groups;
    }

    public List<String> getSituations() {
        return standard == null ? List.of() : standard.majorSituations();
    }

    public boolean isMajor() {
        return form.getKind() == HazardKind.MAJOR;
    }

    public List<HazardKind> getKinds() { return List.of(HazardKind.values()); }
    public OfficerHazardForm getForm() { return form; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public LocalDate getToday() { return LocalDate.now(clock); }
    public long getPhotoMaxBytes() { return reports.photoMaxBytes(); }
}
