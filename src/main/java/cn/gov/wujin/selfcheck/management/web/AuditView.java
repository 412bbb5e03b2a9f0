package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.audit.AuditEntry;
import cn.gov.wujin.selfcheck.platform.audit.AuditFilter;
import cn.gov.wujin.selfcheck.platform.audit.AuditLog;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** 审计日志 ({@code /officer/audit.xhtml}) for ADMIN and district officers: searched, paged, exported. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    AuditLog log;

    private LocalDate from;
    private LocalDate to;
    private AuditAction action;
    @Size(max = 100)
    private String username;
    @Size(max = 100)
    private String target;
    private LazyDataModel<AuditEntry> model;

    public void load() {
        if (currentUser.getRole() != Role.ADMIN && currentUser.getRole() != Role.DISTRICT) {
            ViewTarget.refuse();
            return;
        }
        model = new PagedModel<>(() -> log.count(currentUser.scope(), filter()),
                (first, size) -> log.search(currentUser.scope(), filter(), first, size), e -> String.valueOf(e.getId()));
    }

    AuditFilter filter() {
        return new AuditFilter(from, to, action, username, target);
    }

    public void search() {
        PagedModel.showFirstPage(":audit:table");
    }

    public String getExportQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "from", from);
        append(query, "to", to);
        append(query, "action", action);
        append(query, "username", username);
        append(query, "target", target);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction v) { action = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getTarget() { return target; }
    public void setTarget(String v) { target = v; }
    public List<AuditAction> getActions() { return List.of(AuditAction.values()); }
    public LazyDataModel<AuditEntry> getModel() { return model; }
}
