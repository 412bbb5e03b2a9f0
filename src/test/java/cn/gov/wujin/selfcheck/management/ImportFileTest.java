package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.management.control.ImportColumn;
import cn.gov.wujin.selfcheck.management.control.ImportFile;
import cn.gov.wujin.selfcheck.management.control.ImportWorkbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading import files: the encoding detected, CSV and .xlsx alike, row numbers, the required columns. */
class ImportFileTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void gbkAndUtf8AreToldApartAndReadAlike() throws Exception {
        List<List<String>> rows = List.of(ImportFiles.row("湖塘精密机械有限公司", ImportFiles.creditCode(), "湖塘镇", "机械"),
                ImportFiles.row("牛塘\"引号\"公司", ImportFiles.creditCode(), "牛塘镇", "纺织"));
        byte[] gbk = ImportFiles.csv(rows, GBK);
        byte[] utf8 = ImportFiles.csv(rows, StandardCharsets.UTF_8);
        assertEquals(GBK, ImportFile.detectCharset(gbk));
        assertEquals(StandardCharsets.UTF_8, ImportFile.detectCharset(utf8));
        assertEquals(ImportFile.Format.CSV, ImportFile.detectFormat(gbk));
        assertEquals(names(ImportFile.open(gbk, ImportFile.Format.CSV, GBK)), names(ImportFile.open(utf8, ImportFile.Format.CSV, StandardCharsets.UTF_8)));
        byte[] xlsx = ImportFiles.xlsx(rows);
        assertEquals(ImportFile.Format.XLSX, ImportFile.detectFormat(xlsx));
        assertEquals(names(ImportFile.open(gbk, ImportFile.Format.CSV, GBK)), names(ImportFile.open(xlsx, ImportFile.Format.XLSX, null)));
    }

    @Test
    void rowNumbersAreTheSpreadsheetsAndTheColumnsAreFoundByTheirHeaderInAnyOrder() throws Exception {
        String csv = "\uFEFF属地,单位名称*,行业主管部门,监管等级,单位类型,统一社会信用代码,备注\r\n"
                + "湖塘镇,甲公司,应急管理局,一般,机械,91320412MA1EXAMPL4,x\r\n"
                + "\r\n"
                + "牛塘镇,\"乙,公司\",应急管理局,重点,纺织,91320412MA1EXAMPL4,y\r\n";
        try (ImportFile file = ImportFile.open(csv.getBytes(StandardCharsets.UTF_8), ImportFile.Format.CSV, StandardCharsets.UTF_8)) {
            ImportFile.Row first = file.next();
            assertEquals(2, first.number());
            assertEquals("甲公司", first.cell(ImportColumn.NAME));
            assertEquals("湖塘镇", first.cell(ImportColumn.TOWN));
            assertEquals("", first.cell(ImportColumn.PRINCIPAL_NAME), "an absent optional column is empty");
            ImportFile.Row second = file.next();
            assertEquals("乙,公司", second.cell(ImportColumn.NAME), "a quoted comma");
            assertEquals(7, second.original().size());
        }
        ImportFile.BadFileException missing = assertThrows(ImportFile.BadFileException.class, () -> ImportFile.open(
                "单位名称,属地\r\n甲,湖塘\r\n".getBytes(StandardCharsets.UTF_8), ImportFile.Format.CSV, StandardCharsets.UTF_8));
        assertEquals("import.file.missingColumns", missing.messageKey());
        assertEquals("统一社会信用代码、行业主管部门、单位类型、监管等级", missing.detail());
    }

    @Test
    void theTemplateIsReadAsAnImportFileAndTheRejectsFileRepeatsTheRowsWithTheirReasons() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ImportWorkbooks.writeTemplate(template);
        try (ImportFile file = ImportFile.open(template.toByteArray(), ImportFile.Format.XLSX, null)) {
            ImportFile.Row example = file.next();
            assertEquals(ImportColumn.NAME.example(), example.cell(ImportColumn.NAME));
            assertEquals(ImportColumn.CREDIT_CODE.example(), example.cell(ImportColumn.CREDIT_CODE));
        }
        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        ImportWorkbooks.writeRejects(List.of("单位名称", "统一社会信用代码"), List.of(
                new ImportWorkbooks.Rejected(4, "统一社会信用代码", "校验位不正确", List.of("甲公司", "91320412MA1EXAMPL5"))), rejects);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejects.toByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertEquals("91320412MA1EXAMPL5", row.getCell(1).getStringCellValue());
            assertEquals(4.0, row.getCell(2).getNumericCellValue());
            assertEquals("校验位不正确", row.getCell(4).getStringCellValue());
        }
        // Uploaded again as it is, the rejects file is an import file: its extra columns are ignored.
        try (ImportFile again = ImportFile.open(rejects.toByteArray(), ImportFile.Format.XLSX, null)) {
            throw new AssertionError("a rejects file lacking required columns opened: " + again.header());
        } catch (ImportFile.BadFileException expected) {
            assertEquals("import.file.missingColumns", expected.messageKey());
        }
    }

    private static List<String> names(ImportFile file) throws Exception {
        List<String> names = new ArrayList<>();
        try (file) {
            while (file.hasNext()) {
                names.add(file.next().cell(ImportColumn.NAME));
            }
        }
        return names;
    }
}
