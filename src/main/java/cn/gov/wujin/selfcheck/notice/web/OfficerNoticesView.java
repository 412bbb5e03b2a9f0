package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeSummary;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** 公告通知 for officers: the notices they may follow, newest first, with each one's read rate. */
@Named
@ViewScoped
public class OfficerNoticesView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    NoticePublishing publishing;

    private String keyword;

    private LazyDataModel<NoticeSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> publishing.count(currentUser.scope(), keyword),
                (first, size) -> publishing.list(currentUser.scope(), keyword, first, size), row -> String.valueOf(row.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":notices:table");
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public LazyDataModel<NoticeSummary> getModel() {
        return model;
    }
}
