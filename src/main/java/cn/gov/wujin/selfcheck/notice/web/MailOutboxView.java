package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.MailOutbox;
import cn.gov.wujin.selfcheck.notice.entity.MailMessage;
import cn.gov.wujin.selfcheck.notice.entity.MailStatus;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 邮件发送情况 for ADMIN ({@code /admin/mail.xhtml}): pending or failed mail, and 重新发送 of a failed one. */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    MailOutbox outbox;

    private MailStatus status = MailStatus.FAILED;

    private LazyDataModel<MailMessage> model;

    private Map<MailStatus, Long> counts;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> outbox.count(currentUser.scope(), status),
                (first, size) -> outbox.list(currentUser.scope(), status, first, size), m -> String.valueOf(m.getId()));
        counts = outbox.counts(currentUser.scope());
    }

    public void show() {
        counts = outbox.counts(currentUser.scope());
        PagedModel.showFirstPage(":mail:table");
    }

    public void resend(Long id) {
        try {
            outbox.resend(currentUser.scope(), id);
            Messages.info("mail.resend.done");
        } catch (AccessDeniedException e) {
            Messages.error("mail.resend.notFailed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        counts = outbox.counts(currentUser.scope());
    }

    public MailStatus getStatus() { return status; }
    public void setStatus(MailStatus v) { status = v == null ? MailStatus.FAILED : v; }
    public List<MailStatus> getStatuses() { return List.of(MailStatus.values()); }
    public LazyDataModel<MailMessage> getModel() { return model; }
    public Map<MailStatus, Long> getCounts() { return counts; }
}
