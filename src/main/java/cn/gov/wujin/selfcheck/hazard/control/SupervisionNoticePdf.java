package cn.gov.wujin.selfcheck.hazard.control;

import cn.gov.wujin.selfcheck.hazard.boundary.SupervisionNotice;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.pdf.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * 重大事故隐患挂牌督办通知书 as one A4 page (OpenPDF): the title, the document number, the enterprise
 * addressed, the hazard, level, supervising unit and deadline, what 第十五条 and 第十六条 require, and
 * the issuing unit with the date. The texts come from the bundle.
 */
public final class SupervisionNoticePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private SupervisionNoticePdf() {
    }

    public static void write(SupervisionNotice notice, String fontPath, OutputStream out) throws IOException {
        Locale zh = Texts.DEFAULT_LOCALE;
        BaseFont base = CjkFont.load(fontPath);
        Font titleFont = new Font(base, 20, Font.BOLD);
        Font numberFont = new Font(base, 12);
        Font bodyFont = new Font(base, 12);
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(zh, "supervision.pdf.title"));
            document.open();
            Paragraph title = new Paragraph(Texts.get(zh, "supervision.pdf.title"), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(12);
            document.add(title);
            Paragraph number = new Paragraph(notice.documentNumber(), numberFont);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(24);
            document.add(number);
            document.add(new Paragraph(Texts.get(zh, "supervision.pdf.addressee", notice.enterpriseName()), bodyFont));
            Paragraph body = new Paragraph(Texts.get(zh, "supervision.pdf.body",
                    DATE.format(notice.reportedAt()), notice.location(), notice.description(),
                    Texts.get(zh, "supervision.level." + notice.level()), notice.unit(), DATE.format(notice.deadline())),
                    bodyFont);
            body.setFirstLineIndent(24);
            body.setLeading(22);
            body.setSpacingBefore(8);
            document.add(body);
            Paragraph requirements = new Paragraph(Texts.get(zh, "supervision.pdf.requirements"), bodyFont);
            requirements.setFirstLineIndent(24);
            requirements.setLeading(22);
            requirements.setSpacingBefore(8);
            document.add(requirements);
            Paragraph issuer = new Paragraph(notice.unit() + "\n" + DATE.format(notice.issuedAt()), bodyFont);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(48);
            document.add(issuer);
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }
}
