package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardWorkflow;
import cn.gov.wujin.selfcheck.hazard.boundary.SupervisionNotice;
import cn.gov.wujin.selfcheck.hazard.control.SupervisionNoticePdf;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import cn.gov.wujin.selfcheck.platform.pdf.PdfFonts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code /supervision-notice?id=}: the 督办通知书 of a supervised major hazard as a PDF, for its
 * enterprise and the officers in scope (web.xml: every logged-in user; the boundary checks the scope).
 */
@WebServlet("/supervision-notice")
public class SupervisionNoticeServlet extends FileServlet {

    @Inject
    MajorHazardWorkflow workflow;

    @Inject
    PdfFonts fonts;

    @Override
    protected Download lookUp(HttpServletRequest request) throws IOException {
        String font = fonts.readable();
        SupervisionNotice notice = workflow.supervisionNotice(caller(), idParameter(request, "id"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SupervisionNoticePdf.write(notice, font, pdf);
        return Download.attachment(pdf.toByteArray(), "application/pdf", notice.documentNumber() + ".pdf");
    }
}
