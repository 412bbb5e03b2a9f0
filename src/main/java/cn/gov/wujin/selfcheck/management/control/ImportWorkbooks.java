package cn.gov.wujin.selfcheck.management.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The import's workbooks: the template (Chinese headers and an example row) and the rejects file. */
public final class ImportWorkbooks {

    /** A rejected row as the rejects file shows it. */
    public record Rejected(int line, String column, String reason, List<String> cells) {
    }

    private ImportWorkbooks() {
    }

    private static List<String> headers() {
        return java.util.Arrays.stream(ImportColumn.values())
                .map(c -> c.required() ? c.header() + "*" : c.header()).toList();
    }

    public static void writeTemplate(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("单位导入");
            header(workbook, sheet, headers());
            Row example = sheet.createRow(1);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                example.createCell(i).setCellValue(columns[i].example());
                sheet.setColumnWidth(i, 22 * 256);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The CSV template: UTF-8 with a BOM (so that Excel opens it in Chinese), the headers and the example row. */
    public static void writeCsvTemplate(OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", headers())).append("\r\n");
        csv.append(String.join(",", java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::example).toList()))
                .append("\r\n");
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The rejects: the row number, the column at fault and the reason, then the original cells in the
     * file's order under the file's header, so that the rows can be corrected and imported again.
     */
    public static void writeRejects(List<String> fileHeader, Iterable<Rejected> rejects, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("未导入的行");
            List<String> header = new java.util.ArrayList<>(fileHeader);
            header.add("原行号");
            header.add("错误列");
            header.add("错误原因");
            header(workbook, sheet, header);
            int r = 1;
            for (Rejected rejected : rejects) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (int i = 0; i < fileHeader.size(); i++) {
                    row.createCell(c++).setCellValue(i < rejected.cells().size() ? rejected.cells().get(i) : "");
                }
                row.createCell(c++).setCellValue(rejected.line());
                row.createCell(c++).setCellValue(rejected.column() == null ? "" : rejected.column());
                row.createCell(c).setCellValue(rejected.reason());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void header(SXSSFWorkbook workbook, Sheet sheet, List<String> titles) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(bold);
        }
    }
}
