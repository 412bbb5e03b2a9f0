package cn.gov.wujin.selfcheck.hazard.control;

import cn.gov.wujin.selfcheck.hazard.boundary.LedgerRow;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The 台帐 as a paper ledger: a title with the enterprise (or scope), the period and the date, then one
 * row per hazard. Excel through POI's streaming SXSSF (a window of rows in memory, the rest on disk)
 * with every cell a text cell, so that nothing a user typed can become a formula; PDF through OpenPDF
 * in the {@link CjkFont}, the table added in pieces. Both read the rows chunk by chunk.
 */
public final class LedgerExport {

    /** The next chunk of rows, empty at the end. */
    @FunctionalInterface
    public interface Chunks {
        List<LedgerRow> next();
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String[] COLUMNS = {"enterprise", "reportedAt", "location", "type", "description", "responsible",
            "deadline", "funds", "opinion", "result", "kind", "status", "source"};
    private static final float[] WIDTHS = {3f, 2f, 2.5f, 2f, 4f, 1.6f, 1.8f, 1.6f, 3f, 1.4f, 1.4f, 1.6f, 1.2f};

    private LedgerExport() {
    }

    public static String[] headers() {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = Texts.get(Texts.DEFAULT_LOCALE, "ledger.col." + COLUMNS[i]);
        }
        return headers;
    }

    /** The cells of one row, as the screen shows them. */
    public static String[] cells(LedgerRow row) {
        Locale zh = Texts.DEFAULT_LOCALE;
        return new String[] {row.getEnterpriseName(), DATE.format(row.getReportedAt()), row.getLocation(),
                nonNull(row.getHazardType()), row.getDescription(), row.getResponsible(), DATE.format(row.getDeadline()),
                row.getFundsUsed().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), nonNull(row.getReviewOpinion()),
                row.getAccepted() == null ? "" : Texts.get(zh, row.getAccepted() ? "acceptance.passed" : "acceptance.failed"),
                Texts.get(zh, "hazard.kind." + row.getKind()), Texts.get(zh, "hazard.status." + row.getStatus()),
                Texts.get(zh, "hazard.source." + row.getSource())};
    }

    public static void xlsx(String title, Chunks chunks, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet(Texts.get(Texts.DEFAULT_LOCALE, "ledger.title"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row titleRow = sheet.createRow(0);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(heading);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            Row header = sheet.createRow(1);
            String[] headers = headers();
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(heading);
                sheet.setColumnWidth(i, Math.round(WIDTHS[i] * 2400));
            }
            int rowNo = 2;
            for (List<LedgerRow> chunk = chunks.next(); !chunk.isEmpty(); chunk = chunks.next()) {
                for (LedgerRow row : chunk) {
                    Row line = sheet.createRow(rowNo++);
                    String[] cells = cells(row);
                    for (int i = 0; i < cells.length; i++) {
                        Cell cell = line.createCell(i);
                        cell.setCellStyle(text);
                        cell.setCellValue(cells[i]); // a string cell: "=..." stays text, never a formula
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    public static void pdf(String title, String fontPath, Chunks chunks, OutputStream out) throws IOException {
        BaseFont base = CjkFont.load(fontPath);
        Font titleFont = new Font(base, 14, Font.BOLD);
        Font headerFont = new Font(base, 8, Font.BOLD);
        Font cellFont = new Font(base, 7);
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(8);
            document.add(heading);
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String h : headers()) {
                PdfPCell cell = new PdfPCell(new Phrase(h, headerFont));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (List<LedgerRow> chunk = chunks.next(); !chunk.isEmpty(); chunk = chunks.next()) {
                for (LedgerRow row : chunk) {
                    for (String text : cells(row)) {
                        table.addCell(new PdfPCell(new Phrase(text, cellFont)));
                    }
                }
                document.add(table); // writes the rows so far and keeps the header for the next page
            }
            table.setComplete(true);
            document.add(table);
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
