package cn.gov.wujin.selfcheck.standard.control;

import cn.gov.wujin.selfcheck.standard.control.StandardRules.Field;
import cn.gov.wujin.selfcheck.standard.control.StandardRules.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Excel layout of a standard (.xlsx): one sheet, the header row
 * 一级分类 | 二级分类 | 排查内容 | 排查标准 | 判定依据 | 重大事故隐患情形, then one row per item in order. A 二级分类
 * without items is one row with the item columns empty. What {@link #write} produces, {@link #read} accepts.
 */
public final class StandardSheet {

    /** The header row; the file format, not a user text, so it does not follow the locale. */
    public static final List<String> HEADERS = List.of("一级分类", "二级分类", "排查内容", "排查标准", "判定依据", "重大事故隐患情形");

    private static final int[] WIDTHS = {12, 20, 40, 60, 40, 30};

    /** One row of the sheet; an empty-category row has blank item columns. */
    public record SheetRow(String top, String group, String content, String criterion, String legalBasis,
                           String majorSituation) {

        public boolean isEmptyCategory() {
            return blank(content) && blank(criterion) && blank(legalBasis) && blank(majorSituation);
        }
    }

    /** A data row that breaks a rule; {@code rowNumber} as Excel shows it (the header is row 1). */
    public record RowProblem(int rowNumber, Problem problem) {
    }

    /** The file is no .xlsx of this layout, or some rows are invalid: nothing of it may be used. */
    public static final class SheetException extends Exception {
        private final boolean notThisLayout;
        private final List<RowProblem> problems;

        SheetException(boolean notThisLayout, List<RowProblem> problems, String detail) {
            super(detail);
            this.notThisLayout = notThisLayout;
            this.problems = List.copyOf(problems);
        }

        /** True when the file is no workbook, or its header row is not {@link #HEADERS}. */
        public boolean notThisLayout() {
            return notThisLayout;
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    private StandardSheet() {
    }

    public static byte[] write(String sheetName, List<SheetRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank()
                    ? "Sheet1" : sheetName));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (SheetRow row : rows) {
                Row excel = sheet.createRow(r++);
                String[] values = {row.top(), row.group(), row.content(), row.criterion(), row.legalBasis(),
                        row.majorSituation()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = excel.createCell(c);
                    cell.setCellValue(values[c] == null ? "" : values[c]);
                    cell.setCellStyle(wrap);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the first sheet, every one valid, or a {@link SheetException} naming each bad row. */
    public static List<SheetRow> read(byte[] xlsx) throws SheetException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw new SheetException(true, List.of(), "not an .xlsx workbook: " + e);
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SheetException(true, List.of(), "no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || header.getRowNum() != 0 || !HEADERS.equals(cells(header, formatter))) {
                throw new SheetException(true, List.of(), "header row is not " + HEADERS);
            }
            List<SheetRow> rows = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row excel = sheet.getRow(r);
                if (excel == null) {
                    continue;
                }
                List<String> v = cells(excel, formatter);
                if (v.stream().allMatch(StandardSheet::blank)) {
                    continue;
                }
                SheetRow row = new SheetRow(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
                List<Problem> rowProblems = new ArrayList<>(StandardRules.checkName(Field.TOP, row.top()));
                rowProblems.addAll(StandardRules.checkName(Field.GROUP, row.group()));
                if (!row.isEmptyCategory()) {
                    rowProblems.addAll(StandardRules.checkItem(row.content(), row.criterion(), row.legalBasis(),
                            row.majorSituation()));
                }
                int rowNumber = r + 1;
                rowProblems.forEach(p -> problems.add(new RowProblem(rowNumber, p)));
                rows.add(row);
            }
            if (!problems.isEmpty()) {
                throw new SheetException(false, problems, problems.size() + " problems");
            }
            if (rows.isEmpty()) {
                throw new SheetException(true, List.of(), "no data rows");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        return values;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
