package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.standard.boundary.StandardAdministration;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/** 导出Excel: one standard version as .xlsx (web.xml: ADMIN only; the boundary checks again). */
@WebServlet("/admin/standard.xlsx")
public class StandardXlsxServlet extends FileServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StandardAdministration administration;

    @Override
    protected Download lookUp(HttpServletRequest request) {
        long id = idParameter(request, "id");
        StandardAdministration.StandardFile file;
        try {
            file = administration.exportXlsx(caller(), id);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            throw new NotFound();
        }
        return Download.attachment(file.content(), XLSX, file.fileName());
    }
}
