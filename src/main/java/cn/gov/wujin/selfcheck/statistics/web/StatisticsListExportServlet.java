package cn.gov.wujin.selfcheck.statistics.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.statistics.boundary.Grouping;
import cn.gov.wujin.selfcheck.statistics.boundary.Measure;
import cn.gov.wujin.selfcheck.statistics.boundary.Statistics;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code /statistics-list-export?period=&measure=[&grouping=&key=]}: the list behind a number of 统计分析
 * (a quality flag's too) as .xlsx, read page by page and written through POI's streaming workbook.
 */
@WebServlet("/statistics-list-export")
public class StatisticsListExportServlet extends HttpServlet {

    private static final int PAGE = 1000;

    @Inject
    Caller currentUser;

    @Inject
    Statistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        StatisticsPeriod period = StatisticsPeriod.parse(request.getParameter("period"));
        Measure measure;
        Grouping grouping;
        try {
            measure = Measure.valueOf(String.valueOf(request.getParameter("measure")));
            grouping = request.getParameter("grouping") == null ? null : Grouping.valueOf(request.getParameter("grouping"));
        } catch (IllegalArgumentException e) {
            measure = null;
            grouping = null;
        }
        if (period == null || measure == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String key = grouping == null ? null : request.getParameter("key");
        List<Statistics.Item> page;
        try {
            page = statistics.list(caller, period, measure, grouping, key, 0, PAGE);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale zh = Texts.DEFAULT_LOCALE;
        String file = Texts.get(zh, "statistics.list.export.file", period.key()) + ".xlsx";
        response.setContentType(StatisticsExportServlet.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.get(zh, "statistics." + measure.name()));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(Texts.get(zh, "enterprise.name"));
            String[] headers = Texts.get(zh, "statistics.list.columns." + measure.subject().name()).split(",");
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i + 1).setCellValue(headers[i]);
            }
            int r = 1;
            int first = 0;
            while (!page.isEmpty()) {
                for (Statistics.Item item : page) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(item.enterprise());
                    for (int i = 0; i < item.cells().size(); i++) {
                        line.createCell(i + 1).setCellValue(cell(zh, measure.subject(), i, item.cells().get(i)));
                    }
                }
                first += page.size();
                page = page.size() < PAGE ? List.of() : statistics.list(caller, period, measure, grouping, key, first, PAGE);
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    /** A cell as the page shows it: a hazard's level and state and a record's way of submission in words. */
    static String cell(Locale locale, Measure.Subject subject, int column, String value) {
        if (subject == Measure.Subject.HAZARD && column == 1) {
            return Texts.get(locale, "hazard.kind." + value);
        }
        if (subject == Measure.Subject.HAZARD && column == 2) {
            return Texts.get(locale, "hazard.status." + value);
        }
        if (subject == Measure.Subject.RECORD && column == 3) {
            return Texts.get(locale, "statistics." + value);
        }
        return value;
    }
}
