package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRegistry;
import cn.gov.wujin.selfcheck.management.boundary.EnterpriseRow;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /enterprise-export} with the list's filters: the enterprises in the caller's scope as .xlsx,
 * read in keyset chunks and written through POI's streaming workbook, so that 30,000 rows never sit
 * in memory. The boundary limits the rows to the caller's scope; an enterprise gets 403.
 */
@WebServlet("/enterprise-export")
public class EnterpriseExportServlet extends HttpServlet {

    static final int CHUNK = 1000;

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        if (!caller.role().isOfficer()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EnterpriseFilter filter;
        try {
            filter = filter(request);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale zh = Texts.DEFAULT_LOCALE;
        ImportDownloadServlet.attachment(response, ImportDownloadServlet.XLSX, Texts.get(zh, "enterprises.export.file") + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.get(zh, "enterprises.title"));
            String[] headers = {"enterprise.name", "enterprise.creditCode", "enterprise.town", "enterprise.department",
                    "enterprise.type", "enterprise.supervisionLevel", "enterprises.profile", "enterprises.account", "enterprises.status"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Texts.get(zh, headers[i]));
            }
            int r = 1;
            EnterpriseRow last = null;
            List<EnterpriseRow> chunk;
            do {
                chunk = registry.exportChunk(caller, filter, last == null ? null : last.name(), last == null ? null : last.id(), CHUNK);
                for (EnterpriseRow row : chunk) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.name());
                    line.createCell(1).setCellValue(row.creditCode() == null ? "" : row.creditCode());
                    line.createCell(2).setCellValue(row.town());
                    line.createCell(3).setCellValue(row.department());
                    line.createCell(4).setCellValue(row.getType());
                    line.createCell(5).setCellValue(row.supervisionLevel());
                    line.createCell(6).setCellValue(Texts.get(zh, row.profileComplete() ? "enterprises.profile.COMPLETE" : "enterprises.profile.INCOMPLETE"));
                    line.createCell(7).setCellValue(Texts.get(zh, "enterprises.account." + row.getAccountState()));
                    line.createCell(8).setCellValue(Texts.get(zh, row.active() ? "enterprises.status.ACTIVE" : "enterprises.status.DISABLED"));
                    last = row;
                }
            } while (chunk.size() == CHUNK);
            workbook.write(response.getOutputStream());
            workbook.dispose();
        } catch (AccessDeniedException | EJBException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
    }

    static EnterpriseFilter filter(HttpServletRequest request) {
        EnterpriseFilter filter = new EnterpriseFilter();
        String keyword = request.getParameter("keyword");
        filter.setKeyword(keyword == null || keyword.length() <= 100 ? keyword : keyword.substring(0, 100));
        filter.setTownId(id(request.getParameter("town")));
        filter.setDepartmentId(id(request.getParameter("department")));
        filter.setTypeId(id(request.getParameter("type")));
        filter.setSupervisionLevelId(id(request.getParameter("level")));
        String profile = request.getParameter("profile");
        filter.setProfile(profile == null || profile.isBlank() ? null : EnterpriseFilter.Profile.valueOf(profile));
        String account = request.getParameter("account");
        filter.setAccountState(account == null || account.isBlank() ? null : EnterpriseFilter.AccountState.valueOf(account));
        String status = request.getParameter("status");
        filter.setStatus(status == null || status.isBlank() ? EnterpriseFilter.Status.ACTIVE
                : "ALL".equals(status) ? null : EnterpriseFilter.Status.valueOf(status));
        filter.setNoRecordThisPeriod("true".equals(request.getParameter("noRecord")));
        return filter;
    }

    private static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }
}
