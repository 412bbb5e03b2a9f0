package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.pdf.PdfFonts;
import cn.gov.wujin.selfcheck.platform.files.FileServlet;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.control.StandardPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The standard of the caller's enterprise type as a PDF download (web.xml: ENTERPRISE only). */
@WebServlet("/enterprise/standard.pdf")
public class StandardPdfServlet extends FileServlet {

    @Inject
    Standards standards;

    @Inject
    PdfFonts fonts;

    @Override
    protected Download lookUp(HttpServletRequest request) throws IOException {
        String font = fonts.readable();
        PrintableStandard standard = standards.printableForOwnEnterprise(caller());
        String[] headers = {Texts.get(Texts.DEFAULT_LOCALE, "standard.group"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.content"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.criterion"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.legalBasis")};
        String title = standard.getName() + Texts.get(Texts.DEFAULT_LOCALE, "standard.versionSuffix", standard.getVersionNo());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        StandardPdf.write(standard, font, title, headers, pdf);
        return Download.attachment(pdf.toByteArray(), "application/pdf", standard.getName() + ".pdf");
    }
}
