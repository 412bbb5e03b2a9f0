package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.management.boundary.EnterpriseImports;
import cn.gov.wujin.selfcheck.management.control.ImportWorkbooks;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /import-download?what=template|csv-template} (the import templates), {@code what=rejects&id=}
 * (an import's rejected rows as .xlsx) and {@code what=notices&id=} (its 账号开通通知单 PDF). web.xml lets
 * logged-in users in; the boundary answers only importers, and only for imports in their scope (403).
 */
@WebServlet("/import-download")
public class ImportDownloadServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Caller currentUser;

    @Inject
    EnterpriseImports imports;

    @Inject
    AccountNoticeDownload notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        if (!EnterpriseImports.mayImport(caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String what = request.getParameter("what");
        try {
            switch (what == null ? "" : what) {
                case "template" -> {
                    attachment(response, XLSX, "单位导入模板.xlsx");
                    ImportWorkbooks.writeTemplate(response.getOutputStream());
                }
                case "csv-template" -> {
                    attachment(response, "text/csv;charset=UTF-8", "单位导入模板.csv");
                    ImportWorkbooks.writeCsvTemplate(response.getOutputStream());
                }
                case "rejects" -> {
                    Long id = id(request);
                    var rows = imports.rejects(caller, id);
                    var header = imports.header(caller, id);
                    attachment(response, XLSX, "未导入的行-" + id + ".xlsx");
                    ImportWorkbooks.writeRejects(header, rows, response.getOutputStream());
                }
                case "notices" -> {
                    var pages = imports.accountNotices(caller, id(request));
                    attachment(response, "application/pdf", "账号开通通知单-" + request.getParameter("id") + ".pdf");
                    notices.write(pages, response.getOutputStream());
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (AccessDeniedException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (EJBException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
    }

    private static Long id(HttpServletRequest request) {
        String id = request.getParameter("id");
        if (id == null) {
            throw new AccessDeniedException();
        }
        return Long.valueOf(id.strip());
    }

    static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
