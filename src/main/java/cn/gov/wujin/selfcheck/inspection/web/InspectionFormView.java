package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardForm;
import cn.gov.wujin.selfcheck.inspection.boundary.AnswerInput;
import cn.gov.wujin.selfcheck.inspection.boundary.InspectionForm;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.entity.ItemResult;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 新建自查 and 修改: the standard's tree, the answers given so far, the two hazard dialogs, 保存. */
@Named
@ViewScoped
public class InspectionFormView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Inspections inspections;

    @Inject
    Hazards hazards;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    Clock clock;

    private InspectionForm form;
    private final Map<Long, AnswerInput> answers = new LinkedHashMap<>();
    private int selectedSection;
    private Long selectedGroupId;

    private Long dialogItemId;
    private GeneralHazardForm general = new GeneralHazardForm();
    private MajorHazardForm major = new MajorHazardForm();

    @NotBlank(message = "{inspection.inspector.required}")
    @Size(max = 50)
    private String inspector;

    private LocalDate inspectionDate;

    /**
     * View action: 新建自查 without {@code ?id=}, 修改 of the draft with that id. Another enterprise's
     * record, an unknown or a malformed id answers 403, and so does a submitted record (it is read-only).
     */
    public void load() {
        try {
            form = ViewTarget.findOrRefuse(() -> {
                Long draftId = ViewTarget.optionalId("id");
                return draftId == null ? inspections.newForm(currentUser.scope())
                        : inspections.editForm(currentUser.scope(), draftId);
            });
        } catch (BusinessException e) {
            ViewTarget.refuse();
        }
        if (form != null) {
            answers.putAll(form.getAnswers());
            inspector = form.getInspector();
            inspectionDate = form.getInspectionDate();
        }
    }

    /** A 一级分类 of the tree: its groups are shown; the link selected before is redrawn too. */
    public void selectSection(int index) {
        String previous = selectedLinkId();
        selectedSection = index;
        selectedGroupId = null;
        render(previous);
    }

    /** A 二级分类 of the tree: shown alone; the link selected before is redrawn too. */
    public void selectGroup(Long groupId) {
        String previous = selectedLinkId();
        int[] position = positionOf(groupId);
        if (position != null) {
            selectedGroupId = groupId;
            selectedSection = position[0];
        }
        render(previous);
    }

    /**
     * The client ids of the tree links that show the answers of one 二级分类: its own link and its
     * 一级分类's. An answer redraws these and its card instead of the whole tree and item list.
     */
    private List<String> treeLinkIds(Long groupId) {
        int[] position = positionOf(groupId);
        if (position == null) {
            return List.of();
        }
        return List.of(sectionLinkId(position[0]), groupLinkId(position));
    }

    private String selectedLinkId() {
        int[] position = selectedGroupId == null ? null : positionOf(selectedGroupId);
        return position == null ? sectionLinkId(selectedSection) : groupLinkId(position);
    }

    private static String sectionLinkId(int section) {
        return "inspection:sections:" + section + ":sectionLink";
    }

    private static String groupLinkId(int[] position) {
        return "inspection:sections:" + position[0] + ":groups:" + position[1] + ":groupLink";
    }

    /** Index of the 一级分类 and of the 二级分类 within it, or null for an id not in this standard. */
    private int[] positionOf(Long groupId) {
        List<PrintableStandard.Section> sections = form.getStandard().getSections();
        for (int s = 0; s < sections.size(); s++) {
            List<PrintableStandard.Group> groups = sections.get(s).getGroups();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).getId().equals(groupId)) {
                    return new int[] {s, g};
                }
            }
        }
        return null;
    }

    private static void render(String clientId) {
        render(List.of(clientId));
    }

    private static void render(List<String> clientIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext().getRenderIds().addAll(clientIds);
        }
    }

    /** The groups shown on the right: the selected 二级分类, or all of the selected 一级分类. */
    public List<PrintableStandard.Group> getVisibleGroups() {
        PrintableStandard.Section section = form.getStandard().getSections().get(selectedSection);
        if (selectedGroupId == null) {
            return section.getGroups();
        }
        return section.getGroups().stream().filter(g -> g.getId().equals(selectedGroupId)).toList();
    }

    public void markNone(Long itemId) {
        if (isLocked(itemId)) {
            Messages.error("inspection.major.locked");
            return;
        }
        answers.put(itemId, AnswerInput.none(itemId));
        groupOf(itemId).ifPresent(g -> render(treeLinkIds(g.getId())));
    }

    /** 本类其余均无此隐患: every unanswered item of one 二级分类. */
    public void markRestNone(Long groupId) {
        int marked = 0;
        for (PrintableStandard.Group group : form.getStandard().allGroups()) {
            if (group.getId().equals(groupId)) {
                for (PrintableStandard.Item item : group.getItems()) {
                    if (!answers.containsKey(item.getId())) {
                        answers.put(item.getId(), AnswerInput.none(item.getId()));
                        marked++;
                    }
                }
            }
        }
        Messages.info("inspection.restNone.done", marked);
    }

    /** Opens 隐患信息填写: the answer given before, or a new one whose 隐患类型 is the item's 二级分类. */
    public void openGeneral(Long itemId) {
        dialogItemId = itemId;
        AnswerInput existing = answers.get(itemId);
        if (existing != null && existing.getResult() == ItemResult.GENERAL) {
            general = existing.getGeneral().copy();
        } else {
            general = new GeneralHazardForm();
            general.setHazardType(groupNameOf(itemId));
        }
    }

    private String groupNameOf(Long itemId) {
        return groupOf(itemId).map(PrintableStandard.Group::getName).orElse(null);
    }

    private Optional<PrintableStandard.Group> groupOf(Long itemId) {
        return form.getStandard().allGroups().stream()
                .filter(g -> g.getItems().stream().anyMatch(i -> i.getId().equals(itemId))).findFirst();
    }

    public void submitGeneral() {
        if (isLocked(dialogItemId)) {
            Messages.error("inspection.major.locked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            hazards.checkGeneral(general);
        } catch (BusinessException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        answers.put(dialogItemId, AnswerInput.general(dialogItemId, general));
    }

    /** Opens 重大隐患信息填写, with the 判定标准 situation the item maps to chosen in advance. */
    /** 隐患照片: stored at once when its bytes are an image (the dialog's other fields are left as typed). */
    public void uploadPhoto(FileUploadEvent event) {
        try {
            hazardPhotos.uploadInto(currentUser.scope(), general.getPhotos(), event.getFile().getContent());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removePhoto(String key) {
        general.getPhotos().removeIf(p -> p.getStorageKey().equals(key));
    }

    public long getPhotoMaxBytes() {
        return hazardPhotos.maxBytes();
    }

    public void openMajor(Long itemId) {
        dialogItemId = itemId;
        major = new MajorHazardForm();
        major.setMajorSituation(getDialogSituation());
    }

    /** The situation the dialog's item maps to, or null when it maps to none. */
    public String getDialogSituation() {
        return dialogItemId == null ? null
                : form.getStandard().item(dialogItemId).map(PrintableStandard.Item::getMajorSituation).orElse(null);
    }

    /** The situations to choose from: those the items of this standard map to. */
    public List<String> getSituations() {
        return form.getStandard().majorSituations();
    }

    /** 重大隐患 提交: reported at once; the answer can no longer change. */
    public void submitMajor() {
        if (isLocked(dialogItemId)) {
            Messages.error("inspection.major.locked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            Long hazardId = TransientFailures.retried(() -> hazards.reportMajor(currentUser.scope(), dialogItemId, major));
            answers.put(dialogItemId, AnswerInput.major(dialogItemId, hazardId));
            Messages.info("inspection.major.reported");
        } catch (BusinessException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * 保存. A lock timeout or deadlock is tried again in a new transaction; when the database stays
     * busy, or the save is refused, the page stays as it is with every answer and says why.
     */
    public void save() throws IOException {
        List<AnswerInput> given = new ArrayList<>(answers.values());
        try {
            TransientFailures.retried(() -> inspections.saveDraft(currentUser.scope(), form.getDraftId(), form.getVersion(),
                    inspector, inspectionDate, given));
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        Messages.info("inspection.saved");
        Messages.keepAfterRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/enterprise/inspections.xhtml");
    }

    public boolean isLocked(Long itemId) {
        AnswerInput answer = answers.get(itemId);
        return answer != null && answer.getResult() == ItemResult.MAJOR;
    }

    public String resultOf(Long itemId) {
        AnswerInput answer = answers.get(itemId);
        return answer == null ? "" : answer.getResult().name();
    }

    public long answeredIn(PrintableStandard.Group group) {
        return group.getItems().stream().filter(i -> answers.containsKey(i.getId())).count();
    }

    public long answeredInSection(PrintableStandard.Section section) {
        return section.getGroups().stream().mapToLong(this::answeredIn).sum();
    }

    public int getAnsweredCount() {
        return answers.size();
    }

    public int getProgress() {
        int total = form.getStandard().getItemCount();
        return total == 0 ? 0 : (int) Math.round(100.0 * answers.size() / total);
    }

    public InspectionForm getForm() { return form; }
    public int getSelectedSection() { return selectedSection; }
    public Long getSelectedGroupId() { return selectedGroupId; }
    public Long getDialogItemId() { return dialogItemId; }
    public GeneralHazardForm getGeneral() { return general; }
    public MajorHazardForm getMajor() { return major; }
    public String getInspector() { return inspector; }
    public void setInspector(String inspector) { this.inspector = inspector; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public void setInspectionDate(LocalDate inspectionDate) { this.inspectionDate = inspectionDate; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
