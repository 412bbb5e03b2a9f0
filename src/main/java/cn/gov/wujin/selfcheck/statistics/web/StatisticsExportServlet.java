package cn.gov.wujin.selfcheck.statistics.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.statistics.boundary.Grouping;
import cn.gov.wujin.selfcheck.statistics.boundary.Measure;
import cn.gov.wujin.selfcheck.statistics.boundary.Statistics;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsRow;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /statistics-export?period=&grouping=}: the table of 统计分析 as .xlsx, every column of the page,
 * the groups and the total. The boundary limits the figures to the caller's scope; an enterprise gets 403.
 */
@WebServlet("/statistics-export")
public class StatisticsExportServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The columns after the group's name, as on the page: counts, then rates and funds. */
    static final List<String> COLUMNS = List.of("DUE", "SAVED", "SUBMITTED", "BY_HAND", "AUTO", "NOT_REPORTED",
            "participationRate", "RECORDS", "ZERO_RECORDS", "zeroRate", "GENERAL_FOUND", "MAJOR_FOUND", "RECTIFIED", "OPEN",
            "OVERDUE", "rectificationRate", "funds", "MAJOR_REPORTED", "MAJOR_SUPERVISED", "MAJOR_RECTIFYING",
            "MAJOR_ACCEPTANCE_REQUESTED", "MAJOR_CLOSED");

    @Inject
    Caller currentUser;

    @Inject
    Statistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        StatisticsPeriod period = StatisticsPeriod.parse(request.getParameter("period"));
        Grouping grouping;
        try {
            grouping = Grouping.valueOf(String.valueOf(request.getParameter("grouping")));
        } catch (IllegalArgumentException e) {
            grouping = null;
        }
        if (period == null || grouping == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Statistics.Table table;
        try {
            table = statistics.table(caller, period, grouping);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale zh = Texts.DEFAULT_LOCALE;
        String file = Texts.get(zh, "statistics.export.file", period.key()) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Texts.get(zh, "statistics.title"));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(Texts.get(zh, "statistics.grouping." + grouping.name()));
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i + 1).setCellValue(Texts.get(zh, "statistics." + COLUMNS.get(i)));
            }
            List<StatisticsRow> rows = new ArrayList<>(table.rows());
            rows.add(table.total());
            int r = 1;
            for (StatisticsRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row == table.total() ? Texts.get(zh, "statistics.total") : row.getLabel());
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String column = COLUMNS.get(i);
                    Object value = value(row, column);
                    if (value instanceof Number n) {
                        line.createCell(i + 1).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(i + 1).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            workbook.write(response.getOutputStream());
        }
    }

    /** A cell of the row: a count, a rate in percent, the funds, or nothing where the group has no such figure. */
    static Object value(StatisticsRow row, String column) {
        boolean enterpriseColumn = COLUMNS.indexOf(column) < COLUMNS.indexOf("GENERAL_FOUND");
        if (enterpriseColumn && !row.hasEnterpriseFigures()) {
            return null;
        }
        return switch (column) {
            case "participationRate" -> row.getParticipationRate();
            case "zeroRate" -> row.getZeroRate();
            case "rectificationRate" -> row.getRectificationRate();
            case "funds" -> row.getFunds();
            default -> (Number) row.count(Measure.valueOf(column));
        };
    }

}
