package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import cn.gov.wujin.selfcheck.standard.control.StandardPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** The standard of the caller's enterprise type as a PDF download (web.xml: ENTERPRISE only). */
@WebServlet("/enterprise/standard.pdf")
public class StandardPdfServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(StandardPdfServlet.class.getName());

    @Inject
    Caller currentUser;

    @Inject
    Standards standards;

    @Inject
    @ConfigProperty(name = "selfcheck.pdf.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String font;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fontFile = font.contains(",") ? font.substring(0, font.lastIndexOf(',')) : font;
        if (!Files.isReadable(Path.of(fontFile))) {
            LOG.severe(() -> "No CJK font for PDF at " + fontFile
                    + ": install fonts-wqy-microhei or set selfcheck.pdf.font (see README)");
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        PrintableStandard standard = standards.printableForOwnEnterprise(currentUser.scope());
        String[] headers = {Texts.get(Texts.DEFAULT_LOCALE, "standard.group"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.content"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.criterion"),
                Texts.get(Texts.DEFAULT_LOCALE, "standard.legalBasis")};
        String title = standard.getName() + Texts.get(Texts.DEFAULT_LOCALE, "standard.versionSuffix", standard.getVersionNo());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        StandardPdf.write(standard, font, title, headers, pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(standard.getName() + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
