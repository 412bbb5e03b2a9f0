package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.Inbox;
import cn.gov.wujin.selfcheck.notice.boundary.InboxRow;
import cn.gov.wujin.selfcheck.notice.boundary.InboxSearch;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise's 公告通知 and 系统提醒 lists (one bean, two pages: {@code ?unread=true} shows the unread
 * only, the home page's link): 按接收时间或标题查找, newest first, lazily paged.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Inbox inbox;

    private final InboxSearch search = new InboxSearch();

    private LazyDataModel<InboxRow> notices;

    private LazyDataModel<InboxRow> reminders;

    @PostConstruct
    void init() {
        InboxSearch.ReadState state = ViewTarget.optionalEnum("state", InboxSearch.ReadState.class);
        search.setReadState(state);
        notices = new PagedModel<>(() -> inbox.countNotices(currentUser.scope(), search),
                (first, size) -> inbox.notices(currentUser.scope(), search, first, size), row -> String.valueOf(row.getId()));
        reminders = new PagedModel<>(() -> inbox.countReminders(currentUser.scope(), search),
                (first, size) -> inbox.reminders(currentUser.scope(), search, first, size), row -> String.valueOf(row.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":inbox:table");
    }

    public InboxSearch getSearch() {
        return search;
    }

    public List<InboxSearch.ReadState> getReadStates() {
        return List.of(InboxSearch.ReadState.values());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LazyDataModel<InboxRow> getNotices() {
        return notices;
    }

    public LazyDataModel<InboxRow> getReminders() {
        return reminders;
    }
}
