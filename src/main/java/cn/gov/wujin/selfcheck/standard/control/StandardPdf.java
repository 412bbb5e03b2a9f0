package cn.gov.wujin.selfcheck.standard.control;

import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.platform.pdf.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a standard as a PDF table (OpenPDF) in the {@link CjkFont}.
 */
public final class StandardPdf {

    private StandardPdf() {
    }

    public static void write(PrintableStandard standard, String fontPath, String title, String[] headers,
                             OutputStream out) throws IOException {
        BaseFont base = CjkFont.load(fontPath);
        Font titleFont = new Font(base, 16, Font.BOLD);
        Font headerFont = new Font(base, 10, Font.BOLD, Color.WHITE);
        Font sectionFont = new Font(base, 12, Font.BOLD);
        Font cellFont = new Font(base, 9);
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(standard.getName());
            document.open();
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(10);
            document.add(heading);
            boolean first = true;
            for (PrintableStandard.Section section : standard.getSections()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(new Paragraph(section.getName(), sectionFont));
                PdfPTable table = new PdfPTable(new float[]{1.2f, 2.2f, 4.5f, 3.5f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setHeaderRows(1);
                for (String header : headers) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                    cell.setBackgroundColor(new Color(0x1f, 0x5f, 0xa8));
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                for (PrintableStandard.Group group : section.getGroups()) {
                    PdfPCell groupCell = new PdfPCell(new Phrase(group.getName(), cellFont));
                    groupCell.setRowspan(Math.max(1, group.getItems().size()));
                    groupCell.setPadding(4);
                    table.addCell(groupCell);
                    for (PrintableStandard.Item item : group.getItems()) {
                        table.addCell(cell(item.getContent(), cellFont));
                        table.addCell(cell(item.getCriterion(), cellFont));
                        table.addCell(cell(item.getLegalBasis(), cellFont));
                    }
                }
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        return cell;
    }
}
