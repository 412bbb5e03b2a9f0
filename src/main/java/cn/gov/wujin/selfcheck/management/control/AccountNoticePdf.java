package cn.gov.wujin.selfcheck.management.control;

import cn.gov.wujin.selfcheck.management.boundary.AccountNotice;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.pdf.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * 账号开通通知单 (OpenPDF), one A4 page per enterprise: the enterprise, its user name and initial
 * password, where to log in, and that the password must be changed at the first login. The town
 * hands the pages over; the texts come from the bundle.
 */
public final class AccountNoticePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private AccountNoticePdf() {
    }

    public static void write(List<AccountNotice> notices, String loginUrl, String issuer, LocalDate date, String fontPath,
                             OutputStream out) throws IOException {
        Locale zh = Texts.DEFAULT_LOCALE;
        BaseFont base = CjkFont.load(fontPath);
        Font titleFont = new Font(base, 20, Font.BOLD);
        Font bodyFont = new Font(base, 12);
        Font strongFont = new Font(base, 14, Font.BOLD);
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(zh, "accountNotice.title"));
            document.open();
            if (notices.isEmpty()) {
                document.add(new Paragraph(Texts.get(zh, "accountNotice.none"), bodyFont));
            }
            boolean first = true;
            for (AccountNotice notice : notices) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                Paragraph title = new Paragraph(Texts.get(zh, "accountNotice.title"), titleFont);
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(24);
                document.add(title);
                document.add(new Paragraph(Texts.get(zh, "accountNotice.addressee", notice.enterpriseName()), bodyFont));
                Paragraph body = new Paragraph(Texts.get(zh, "accountNotice.body"), bodyFont);
                body.setFirstLineIndent(24);
                body.setLeading(22);
                body.setSpacingBefore(8);
                body.setSpacingAfter(16);
                document.add(body);
                PdfPTable table = new PdfPTable(new float[]{1, 2.4f});
                table.setWidthPercentage(100);
                row(table, Texts.get(zh, "accountNotice.enterprise"), notice.enterpriseName(), bodyFont);
                row(table, Texts.get(zh, "accountNotice.creditCode"), notice.creditCode(), bodyFont);
                row(table, Texts.get(zh, "accountNotice.town"), notice.townName(), bodyFont);
                row(table, Texts.get(zh, "accountNotice.loginUrl"), loginUrl, bodyFont);
                row(table, Texts.get(zh, "accountNotice.username"), notice.username(), strongFont);
                row(table, Texts.get(zh, "accountNotice.password"), notice.password(), strongFont);
                document.add(table);
                Paragraph rules = new Paragraph(Texts.get(zh, "accountNotice.rules"), bodyFont);
                rules.setLeading(22);
                rules.setSpacingBefore(16);
                document.add(rules);
                Paragraph signature = new Paragraph(issuer + "\n" + DATE.format(date), bodyFont);
                signature.setAlignment(Element.ALIGN_RIGHT);
                signature.setSpacingBefore(48);
                document.add(signature);
            }
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell left = new PdfPCell(new Paragraph(label, font));
        left.setPadding(8);
        table.addCell(left);
        PdfPCell right = new PdfPCell(new Paragraph(value == null ? "" : value, font));
        right.setPadding(8);
        table.addCell(right);
    }
}
