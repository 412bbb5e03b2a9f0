package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.InspectionDetail;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionAnswer;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import jakarta.annotation.PostConstruct;
import org.omnifaces.util.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 查看: one record, read-only, every item of its standard version with the answer given. */
@Named
@RequestScoped
public class RecordView {

    @Inject
    Caller currentUser;

    @Inject
    Inspections inspections;

    @Inject
    Standards standards;

    private InspectionDetail detail;
    private PrintableStandard standard;

    private boolean refused;

    /** View action: another enterprise's record, an unknown id or a submitted one (for 修改) answers 403. */
    public void refuseUnlessLoaded() {
        if (refused) {
            Faces.responseSendError(403, "");
        }
    }

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        Long inspectionId;
        try {
            inspectionId = Long.valueOf(id);
        } catch (NumberFormatException | NullPointerException e) {
            inspectionId = -1L;
        }
        try {
            detail = inspections.detail(currentUser.scope(), inspectionId);
            standard = standards.printable(detail.inspection().getStandard().getId());
        } catch (BusinessException e) {
            refused = true;
        }
    }

    public SelfInspection getRecord() {
        return detail.inspection();
    }

    public PrintableStandard getStandard() {
        return standard;
    }

    public InspectionAnswer answer(Long itemId) {
        return detail.answersByItem().get(itemId);
    }
}
