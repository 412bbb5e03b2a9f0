package cn.gov.wujin.selfcheck.platform.files;

import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attachments are judged by their bytes: real documents and images pass, anything dressed up as one does not. */
class DocumentCheckTest {

    @Test
    void realDocumentsAndImagesAreRecognisedByTheirContent() throws IOException {
        assertEquals(Optional.of(DocumentCheck.Format.PDF), DocumentCheck.detect(TestFiles.pdfBytes("验收报告")));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("验收报告");
            doc.write(out);
            assertEquals(Optional.of(DocumentCheck.Format.DOCX), DocumentCheck.detect(out.toByteArray()));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("检测").createRow(0).createCell(0).setCellValue("合格");
            book.write(out);
            assertEquals(Optional.of(DocumentCheck.Format.XLSX), DocumentCheck.detect(out.toByteArray()));
        }
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("检测");
            book.write(out);
            assertEquals(Optional.of(DocumentCheck.Format.XLS), DocumentCheck.detect(out.toByteArray()));
        }
        byte[] png = Files.readAllBytes(TestFiles.png("document-check.png", 20, 20, Color.GREEN));
        assertEquals(Optional.of(DocumentCheck.Format.PNG), DocumentCheck.detect(png));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), DocumentCheck.detect(Files.readAllBytes(TestFiles.htmlDressedAsPdf("fake.pdf"))));
        assertEquals(Optional.empty(), DocumentCheck.detect(Files.readAllBytes(TestFiles.renamedExecutable("fake.docx"))));
        assertEquals(Optional.empty(), DocumentCheck.detect("%PDF-1.4 but never ends".getBytes(StandardCharsets.ISO_8859_1)),
                "a PDF header alone is not a PDF");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.js"));
            out.write("alert(1)".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertEquals(Optional.empty(), DocumentCheck.detect(zip.toByteArray()), "a plain ZIP is no Office document");
        assertEquals(Optional.empty(), DocumentCheck.detect(new byte[0]));
    }

    @Test
    void theNameShownKeepsNoPathAndEndsAsWhatTheFileIs() {
        assertEquals("验收报告.pdf", DocumentCheck.displayName("C:\\Users\\a\\验收报告.pdf", DocumentCheck.Format.PDF));
        assertEquals("report.docx.pdf", DocumentCheck.displayName("../../report.docx", DocumentCheck.Format.PDF));
        assertEquals("附件.png", DocumentCheck.displayName("  ", DocumentCheck.Format.PNG));
        assertEquals("ab.xlsx", DocumentCheck.displayName("a\u0000b\".xlsx", DocumentCheck.Format.XLSX));
    }
}
