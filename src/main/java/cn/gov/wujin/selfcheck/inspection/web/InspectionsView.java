package cn.gov.wujin.selfcheck.inspection.web;

import cn.gov.wujin.selfcheck.account.boundary.CurrentUser;
import cn.gov.wujin.selfcheck.inspection.boundary.InspectionSummary;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 自查自改: 当前月自查记录 (查看, 修改, 删除, 上报) and 历史记录. */
@Named
@ViewScoped
public class InspectionsView implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Inspections inspections;

    private List<InspectionSummary> drafts;
    private LazyDataModel<InspectionSummary> history;

    @PostConstruct
    void init() {
        drafts = inspections.drafts(currentUser.scope());
        Long enterpriseId = currentUser.scope().enterpriseId();
        history = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) inspections.countHistory(currentUser.scope(), enterpriseId);
            }

            @Override
            public List<InspectionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
                return inspections.history(currentUser.scope(), enterpriseId, first, pageSize);
            }

            @Override
            public String getRowKey(InspectionSummary row) {
                return String.valueOf(row.getId());
            }
        };
    }

    public void submit(Long id) {
        try {
            inspections.submit(currentUser.scope(), id);
            Messages.info("inspection.submitted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        drafts = inspections.drafts(currentUser.scope());
    }

    public void delete(Long id) {
        try {
            inspections.delete(currentUser.scope(), id);
            Messages.info("inspection.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        drafts = inspections.drafts(currentUser.scope());
    }

    public List<InspectionSummary> getDrafts() {
        return drafts;
    }

    public LazyDataModel<InspectionSummary> getHistory() {
        return history;
    }
}
