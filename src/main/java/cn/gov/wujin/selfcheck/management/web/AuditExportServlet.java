package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.audit.AuditEntry;
import cn.gov.wujin.selfcheck.platform.audit.AuditFilter;
import cn.gov.wujin.selfcheck.platform.audit.AuditLog;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** {@code /audit-export} with the audit page's filters: the rows as .xlsx, streamed; ADMIN and DISTRICT only (403). */
@WebServlet("/audit-export")
public class AuditExportServlet extends HttpServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    Caller currentUser;

    @Inject
    AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        if (caller.role() != Role.ADMIN && caller.role() != Role.DISTRICT) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuditFilter filter;
        try {
            filter = new AuditFilter(date(request.getParameter("from")), date(request.getParameter("to")),
                    request.getParameter("action") == null ? null : AuditAction.valueOf(request.getParameter("action")),
                    request.getParameter("username"), request.getParameter("target"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale zh = Texts.DEFAULT_LOCALE;
        ImportDownloadServlet.attachment(response, ImportDownloadServlet.XLSX, Texts.get(zh, "auditLog.title") + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.get(zh, "auditLog.title"));
            String[] headers = {"auditLog.time", "auditLog.username", "auditLog.role", "auditLog.clientIp", "auditLog.action", "auditLog.target", "auditLog.detail"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Texts.get(zh, headers[i]));
            }
            int r = 1;
            AuditEntry last = null;
            List<AuditEntry> chunk;
            do {
                chunk = log.exportChunk(caller, filter, last, 1000);
                for (AuditEntry entry : chunk) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(TIME.format(entry.getOccurredAt()));
                    line.createCell(1).setCellValue(text(entry.getUsername()));
                    line.createCell(2).setCellValue(entry.getRole() == null ? "" : Texts.get(zh, "role." + entry.getRole()));
                    line.createCell(3).setCellValue(text(entry.getClientIp()));
                    line.createCell(4).setCellValue(Texts.get(zh, "auditLog.action." + entry.getAction().name()));
                    line.createCell(5).setCellValue(text(entry.getTargetName()));
                    line.createCell(6).setCellValue(text(entry.getDetail()));
                    last = entry;
                }
            } while (chunk.size() == 1000);
            workbook.write(response.getOutputStream());
            workbook.dispose();
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
