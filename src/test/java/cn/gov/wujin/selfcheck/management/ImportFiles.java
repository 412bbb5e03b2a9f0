package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Import files for the tests: unique valid credit codes, CSV in a given encoding, an .xlsx. */
public final class ImportFiles {

    static final List<String> HEADER = List.of("单位名称", "统一社会信用代码", "属地", "行业主管部门", "单位类型", "监管等级",
            "主要负责人", "联系电话");

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    private ImportFiles() {
    }

    /** A valid 统一社会信用代码 not used before in this run (nor, with its clock part, in earlier runs). */
    public static String creditCode() {
        long n = SEQUENCE.incrementAndGet();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            body.insert(0, ALPHABET.charAt((int) (n % 31)));
            n /= 31;
        }
        String first17 = "91320412" + body;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    static String withWrongCheck(String code) {
        char right = code.charAt(17);
        char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % 31);
        return code.substring(0, 17) + wrong;
    }

    static byte[] csv(List<List<String>> rows, Charset charset) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("单位");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(String name, String code, String town, String type) {
        return List.of(name, code, town, "应急管理局（安监）", type, "一般", "测试负责人", "0519-88880000");
    }
}
