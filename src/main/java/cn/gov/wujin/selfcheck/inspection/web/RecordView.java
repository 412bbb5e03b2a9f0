package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.inspection.boundary.InspectionDetail;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionAnswer;
import cn.gov.wujin.selfcheck.inspection.entity.SelfInspection;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import jakarta.enterprise.context.RequestScoped;
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

    /** View action: another enterprise's record, an unknown or a malformed id answers 403. */
    public void load() {
        detail = ViewTarget.find("id", id -> inspections.detail(currentUser.scope(), id));
        if (detail != null) {
            standard = standards.printable(detail.inspection().getStandard().getId());
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
