package cn.gov.wujin.selfcheck.hazard;

import cn.gov.wujin.selfcheck.hazard.boundary.SupervisionNotice;
import cn.gov.wujin.selfcheck.hazard.control.SupervisionNoticePdf;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 重大事故隐患挂牌督办通知书 written without a server: one page whose text layer holds the title, the
 * document number, the enterprise addressed and the deadline (the CJK font is embedded as Identity-H).
 * The text is read back with OpenPDF's extractor: PDFBox is not on the test classpath.
 */
class SupervisionNoticePdfTest {

    private static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final String FONT = FONT_FILE + ",0";

    private static final String NUMBER = "武安督〔2026〕12号";
    private static final String ENTERPRISE = "常州测试化工有限公司";
    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 5);

    @BeforeEach
    void needsTheFont() {
        assumeTrue(Files.isReadable(FONT_FILE),
                "SupervisionNoticePdfTest needs the CJK font " + FONT_FILE + " (apt-get install fonts-wqy-microhei; .ci/run installs it)");
    }

    private static SupervisionNotice notice(ListingLevel level, String unit) {
        return new SupervisionNotice(NUMBER, ENTERPRISE, LocalDateTime.of(2026, 12, 2, 9, 0), "储罐区", "安全阀失效",
                level, unit, DEADLINE, LocalDateTime.of(2026, 12, 3, 10, 30));
    }

    private static byte[] write(SupervisionNotice notice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupervisionNoticePdf.write(notice, FONT, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages(), "the notice is one page");
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    @Test
    void theNoticeNamesItsNumberTheEnterpriseAndTheDeadline() throws IOException {
        byte[] pdf = write(notice(ListingLevel.DISTRICT, "武进区安全生产委员会办公室"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"), "a PDF file");

        String text = text(pdf);
        assertTrue(text.contains("重大事故隐患挂牌督办通知书"), "the title: " + text);
        assertTrue(text.contains(NUMBER), "the document number: " + text);
        assertTrue(text.contains(ENTERPRISE + "："), "addressed to the enterprise: " + text);
        assertTrue(text.contains("2027年3月5日"), "the deadline as yyyy年M月d日: " + text);
        assertFalse(text.contains("2027年03月05日"), "no leading zeros: " + text);
        assertTrue(text.contains("2026年12月2日"), "the date of the report: " + text);
        assertTrue(text.contains("2026年12月3日"), "the date of issue: " + text);
        assertTrue(text.contains("储罐区") && text.contains("安全阀失效"), "the hazard: " + text);
        assertTrue(text.contains("区级挂牌督办"), "the level from the bundle: " + text);
        assertTrue(text.contains("第十五条"), "what the enterprise must do meanwhile: " + text);
        assertFalse(text.contains("???"), "every text is in the bundle: " + text);
    }

    @Test
    void theTownLevelAndTheDocumentTitle() throws IOException {
        byte[] pdf = write(notice(ListingLevel.TOWN, "湖塘镇安全生产监督管理所"));
        String text = text(pdf);
        assertTrue(text.contains("镇级挂牌督办"), "the level from the bundle: " + text);
        assertTrue(text.contains("湖塘镇安全生产监督管理所"), "the supervising unit: " + text);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals("重大事故隐患挂牌督办通知书", reader.getInfo().get("Title"), "the document's title");
        } finally {
            reader.close();
        }
    }
}
