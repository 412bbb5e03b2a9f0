package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.standard.control.StandardRules.Field;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet.RowProblem;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet.SheetException;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet.SheetRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Excel layout of a standard: what is written reads back the same; bad rows are named, not half-read. */
class StandardSheetTest {

    private static final List<SheetRow> ROWS = List.of(
            new SheetRow("基础管理", "资质证照", "营业执照", "依法取得营业执照，并在有效期内。\n多行文本也保留。",
                    "《安全生产法》第二十条", ""),
            new SheetRow("基础管理", "资质证照", "特种设备使用登记证", "特种设备办理使用登记。", "《特种设备安全法》第三十三条",
                    "未取得使用登记证的特种设备投入使用"),
            new SheetRow("基础管理", "新增分类", "", "", "", ""),
            new SheetRow("现场管理", "消防安全", "疏散通道、安全出口", "保持畅通，不得占用、堵塞、封闭。",
                    "《消防法》第二十八条(?)", ""));

    @Test
    void whatIsWrittenReadsBackRowForRow() throws Exception {
        byte[] xlsx = StandardSheet.write("工贸企业事故隐患排查标准", ROWS);

        List<SheetRow> read = StandardSheet.read(xlsx);

        assertEquals(ROWS, read);
        assertTrue(read.get(2).isEmptyCategory(), "a 二级分类 without items survives as a row of its own");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            assertEquals("工贸企业事故隐患排查标准", workbook.getSheetName(0));
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < StandardSheet.HEADERS.size(); c++) {
                assertEquals(StandardSheet.HEADERS.get(c), header.getCell(c).getStringCellValue());
            }
        }
    }

    @Test
    void longestAllowedTextsRoundTrip() throws Exception {
        SheetRow longest = new SheetRow("一".repeat(100), "二".repeat(100), "内".repeat(2000), "标".repeat(4000),
                "依".repeat(2000), "情".repeat(1000));
        assertEquals(List.of(longest), StandardSheet.read(StandardSheet.write("x", List.of(longest))));
    }

    @Test
    void everyBadRowIsNamedWithItsExcelRowNumberAndNothingIsReturned() throws Exception {
        byte[] xlsx = sheet(StandardSheet.HEADERS,
                List.of("基础管理", "资质证照", "营业执照", "依法取得营业执照", "《安全生产法》", ""),
                List.of("", "", "", "", "", ""),
                List.of("基础管理", "", "内容", "标准", "依据", ""),
                List.of("基础管理", "资质证照", "内容", "", "依据", ""),
                List.of("现场管理", "消防", "内容", "标".repeat(4001), "依据", "情".repeat(1001)));

        SheetException e = assertThrows(SheetException.class, () -> StandardSheet.read(xlsx));

        assertFalse(e.notThisLayout());
        List<String> found = e.problems().stream().map(StandardSheetTest::describe).toList();
        assertEquals(List.of("4 GROUP required", "5 CRITERION required", "6 CRITERION tooLong",
                "6 MAJOR_SITUATION tooLong"), found, "the blank row 3 is skipped, rows are numbered as Excel shows them");
    }

    @Test
    void aWrongHeaderOrAFileThatIsNoWorkbookIsRefusedAsALayoutProblem() throws Exception {
        byte[] wrongHeader = sheet(List.of("一级分类", "二级分类", "内容", "排查标准", "判定依据", "重大事故隐患情形"),
                List.of("基础管理", "资质证照", "营业执照", "依法取得营业执照", "《安全生产法》", ""));
        assertTrue(assertThrows(SheetException.class, () -> StandardSheet.read(wrongHeader)).notThisLayout());

        byte[] text = "一级分类,二级分类\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(SheetException.class, () -> StandardSheet.read(text)).notThisLayout());

        byte[] headerOnly = sheet(StandardSheet.HEADERS);
        assertTrue(assertThrows(SheetException.class, () -> StandardSheet.read(headerOnly)).notThisLayout());
    }

    @Test
    void numbersAndSurroundingBlanksAreReadAsText() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        Row header = sheet.createRow(0);
        for (int c = 0; c < 6; c++) {
            header.createCell(c).setCellValue(StandardSheet.HEADERS.get(c));
        }
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("  基础管理 ");
        row.createCell(1).setCellValue("资质证照");
        row.createCell(2).setCellValue(2024);
        row.createCell(3).setCellValue("标准");
        row.createCell(4).setCellValue("依据");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();

        SheetRow read = StandardSheet.read(out.toByteArray()).get(0);

        assertEquals("基础管理", read.top());
        assertEquals("2024", read.content());
        assertEquals("", read.majorSituation());
    }

    private static String describe(RowProblem p) {
        return p.rowNumber() + " " + p.problem().field() + " " + (p.problem().tooLong() ? "tooLong" : "required");
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("标准");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void fieldLimitsAreTheColumnLengthsOfV10() {
        assertEquals(100, Field.TOP.maxLength());
        assertEquals(100, Field.GROUP.maxLength());
        assertEquals(2000, Field.CONTENT.maxLength());
        assertEquals(4000, Field.CRITERION.maxLength());
        assertEquals(2000, Field.LEGAL_BASIS.maxLength());
        assertEquals(1000, Field.MAJOR_SITUATION.maxLength());
    }
}
