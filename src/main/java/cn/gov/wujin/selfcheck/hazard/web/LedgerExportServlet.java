package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.hazard.boundary.HazardLedger;
import cn.gov.wujin.selfcheck.hazard.boundary.LedgerFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.LedgerRow;
import cn.gov.wujin.selfcheck.hazard.control.LedgerExport;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.pdf.PdfFonts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /ledger-export?format=xlsx|pdf} with the 台帐 page's filters ({@code enterprise}, {@code from},
 * {@code to} as yyyy-MM, {@code kind}, {@code status}): the ledger streamed to the response chunk by
 * chunk, so that a district's 100,000 rows never sit in memory. web.xml lets every logged-in user in;
 * the boundary limits the rows to the caller's scope and refuses another's enterprise (403).
 */
@WebServlet("/ledger-export")
public class LedgerExportServlet extends HttpServlet {

    static final int CHUNK = 500;

    @Inject
    Caller currentUser;

    @Inject
    HazardLedger ledger;

    @Inject
    Clock clock;

    @Inject
    PdfFonts fonts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerScope caller = currentUser.scope();
        String format = request.getParameter("format");
        LedgerFilter filter;
        try {
            filter = filter(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String title;
        try {
            title = title(caller, filter);
        } catch (AccessDeniedException | EJBException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String font = "pdf".equals(format) ? fonts.readable() : null;
        String fileName = Texts.get(Texts.DEFAULT_LOCALE, "ledger.title") + "-" + LocalDate.now(clock) + "." + format;
        response.setContentType("xlsx".equals(format)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        long[] ids = ledger.ids(caller, filter);
        LedgerExport.Chunks chunks = new LedgerExport.Chunks() {
            private int from;

            @Override
            public List<LedgerRow> next() {
                List<LedgerRow> rows = List.of();
                while (rows.isEmpty() && from < ids.length) { // a chunk whose rows all left the scope is skipped
                    int to = Math.min(ids.length, from + CHUNK);
                    rows = ledger.rows(caller, filter, Arrays.copyOfRange(ids, from, to));
                    from = to;
                }
                return rows;
            }
        };
        if ("xlsx".equals(format)) {
            LedgerExport.xlsx(title, chunks, response.getOutputStream());
        } else {
            LedgerExport.pdf(title, font, chunks, response.getOutputStream());
        }
    }

    /** 【enterprise or scope】事故隐患排查治理台帐（period）, and the export date. */
    private String title(CallerScope caller, LedgerFilter filter) {
        String whose;
        if (filter.getEnterpriseId() != null) {
            whose = ledger.enterpriseName(caller, filter.getEnterpriseId()); // refused outside the scope
        } else if (caller.isEnterprise()) {
            whose = ledger.enterpriseName(caller, caller.enterpriseId());
        } else {
            whose = currentUser.getScopeName() == null ? Texts.get(Texts.DEFAULT_LOCALE, "ledger.district") : currentUser.getScopeName();
        }
        String period = filter.getFrom() == null && filter.getTo() == null ? Texts.get(Texts.DEFAULT_LOCALE, "ledger.allPeriods")
                : (filter.getFrom() == null ? "" : filter.getFrom().toString()) + " — " + (filter.getTo() == null ? "" : filter.getTo().toString());
        return Texts.get(Texts.DEFAULT_LOCALE, "ledger.exportTitle", whose, period, LocalDate.now(clock).toString());
    }

    private static LedgerFilter filter(HttpServletRequest request) {
        LedgerFilter filter = new LedgerFilter();
        String enterprise = request.getParameter("enterprise");
        if (enterprise != null && !enterprise.isBlank()) {
            filter.setEnterpriseId(Long.valueOf(enterprise));
        }
        filter.setFrom(month(request.getParameter("from")));
        filter.setTo(month(request.getParameter("to")));
        String kind = request.getParameter("kind");
        filter.setKind(kind == null || kind.isBlank() ? null : HazardKind.valueOf(kind));
        String status = request.getParameter("status");
        filter.setStatus(status == null || status.isBlank() ? null : HazardStatus.valueOf(status));
        String source = request.getParameter("source");
        filter.setSource(source == null || source.isBlank() ? null : HazardSource.valueOf(source));
        return filter;
    }

    private static YearMonth month(String value) {
        return value == null || value.isBlank() ? null : YearMonth.parse(value);
    }
}
