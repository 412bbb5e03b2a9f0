package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): the 隐患台帐 export of 100,000 rows. Makes one enterprise with N hazards
 * ({@code POST /test-support/drafts?tag=…&hazards=N}, batched JDBC), then, as the district officer,
 * downloads its ledger as Excel and as PDF twice each (the first on a cold server) and prints the time,
 * the size and what the files hold: the sheet's row count (read back as XML, never as a workbook in
 * memory), the PDF's page count and the last row's 隐患部位 on its last page. The server runs with a
 * small heap ({@code -Dselfcheck.test.heap=256m} by default): the exports stream (SXSSF, PDF chunks),
 * so 100,000 rows do not fill it.
 * <p>
 * {@code mvn -Pbench package exec:java -DskipTests -Dbench.main=cn.gov.wujin.selfcheck.bench.LedgerExportBenchmark}
 * starts its own server (new embedded Derby database under target/bench-ledger) and stops it;
 * {@code -Dbench.url=http://…} uses a running one with test support; {@code -Dbench.hazards=100000} (default).
 */
public final class LedgerExportBenchmark {


    public static void main(String[] args) throws Exception {
        int hazards = Integer.getInteger("bench.hazards", 100_000);
        if (System.getProperty("bench.url", "").isBlank() && System.getProperty("selfcheck.test.heap", "").isBlank()) {
            System.setProperty("selfcheck.test.heap", "256m");
        }
        PayaraServer.Instance server = OwnServer.launchUnlessGiven("ledger", "target/bench-ledger");
        String url = server == null ? System.getProperty("bench.url") : server.baseUrl();
        try {
            boolean ok = run(url, hazards);
            System.out.println(ok ? "RESULT: ok" : "*** RESULT: FAILED (see above) ***");
        } finally {
            if (server != null) {
                System.out.println("Server log: " + server.log());
                server.close();
            }
        }
    }

    private static boolean run(String url, int hazards) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tag = "L" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        System.out.printf(Locale.ROOT, "Ledger export benchmark against %s: %d hazards (tag %s), server heap %s, %d cores, load %.1f%n",
                url, hazards, tag, System.getProperty("selfcheck.test.heap", "(running server)"),
                Runtime.getRuntime().availableProcessors(), OwnServer.loadAverage());
        long generating = System.nanoTime();
        String enterprise = OwnServer.post(http, url, "/test-support/drafts?tag=" + tag + "&hazards=" + hazards).strip();
        System.out.printf(Locale.ROOT, "generated %d hazards for enterprise %s in %.1f s%n", hazards, enterprise, OwnServer.seconds(generating));

        JsfClient officer = new JsfClient(url, HttpClient.Version.HTTP_1_1);
        officer.login(Demo.DISTRICT, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
        boolean ok = true;
        String lastLocation = "生成部位" + hazards;
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> xlsx = officer.getBytes("/ledger-export?format=xlsx&enterprise=" + enterprise, OwnServer.LONG);
            double xlsxSeconds = OwnServer.seconds(start);
            long rows = xlsx.statusCode() == 200 ? sheetRows(xlsx.body()) : -1;
            System.out.printf(Locale.ROOT, "round %d xlsx: HTTP %d, %.1f s, %.1f MB, %d rows%n", round, xlsx.statusCode(),
                    xlsxSeconds, xlsx.body().length / 1e6, rows);
            start = System.nanoTime();
            HttpResponse<byte[]> pdf = officer.getBytes("/ledger-export?format=pdf&enterprise=" + enterprise, OwnServer.LONG);
            double pdfSeconds = OwnServer.seconds(start);
            int pages = -1;
            boolean lastRowShown = false;
            if (pdf.statusCode() == 200) {
                PdfReader reader = new PdfReader(pdf.body());
                pages = reader.getNumberOfPages();
                lastRowShown = new PdfTextExtractor(reader).getTextFromPage(pages).contains(lastLocation);
            }
            System.out.printf(Locale.ROOT, "round %d pdf:  HTTP %d, %.1f s, %.1f MB, %d pages, last row on the last page: %s%n",
                    round, pdf.statusCode(), pdfSeconds, pdf.body().length / 1e6, pages, lastRowShown);
            ok &= xlsx.statusCode() == 200 && rows >= hazards && pdf.statusCode() == 200 && lastRowShown;
        }
        return ok;
    }

    /** The rows of the workbook's first sheet, counted in its XML as it streams by. */
    private static long sheetRows(byte[] workbook) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook));
             InputStream sheet = new XSSFReader(pkg).getSheetsData().next()) {
            Pattern row = Pattern.compile("<row[ >]");
            long count = 0;
            byte[] buffer = new byte[1 << 16];
            String carry = "";
            int read;
            while ((read = sheet.read(buffer)) > 0) {
                String text = carry + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                Matcher m = row.matcher(text);
                int end = 0;
                while (m.find()) {
                    count++;
                    end = m.end();
                }
                carry = text.substring(Math.max(end, text.length() - 5));
            }
            return count;
        }
    }




}
