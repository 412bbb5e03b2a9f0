package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.inspection.control.Periods;
import cn.gov.wujin.selfcheck.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * BENCHMARKS ONLY: the bare SQL aggregates one opening of 统计分析 needs (the month's table by town, the
 * 12-month trend, the two quality flags), written by hand as plain JDBC, for the district or one town;
 * the benchmark compares the page's boundary calls with them. Returns the milliseconds.
 */
@Stateless
public class StatisticsBenchSql {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long run(YearMonth month, Long town, int autoSubmitDay) throws SQLException {
        long started = System.nanoTime();
        String scope = town == null ? "" : " AND e.town_id = " + town;
        try (Connection c = dataSource.getConnection()) {
            table(c, month, scope, autoSubmitDay, true);
            for (int i = 11; i >= 0; i--) {
                table(c, month.minusMonths(i), scope, autoSubmitDay, false);
            }
            List<String> six = new ArrayList<>();
            for (int i = 5; i >= 0; i--) {
                six.add("'" + month.minusMonths(i) + "'");
            }
            String sixMonths = String.join(", ", six);
            Timestamp from = Timestamp.valueOf(Periods.firstDay(month, autoSubmitDay).atStartOfDay());
            Timestamp until = Timestamp.valueOf(Periods.firstDay(month.plusMonths(1), autoSubmitDay).atStartOfDay());
            query(c, "SELECT COUNT(*) FROM enterprise e WHERE e.active = TRUE AND e.created_at < ?" + scope
                    + " AND (SELECT COUNT(DISTINCT z.period) FROM self_inspection z WHERE z.enterprise_id = e.id AND z.status = 'SUBMITTED'"
                    + " AND z.period IN (" + sixMonths + ")) = 6 AND NOT EXISTS (SELECT 1 FROM self_inspection y JOIN inspection_answer a"
                    + " ON a.inspection_id = y.id WHERE y.enterprise_id = e.id AND y.status = 'SUBMITTED' AND y.period IN (" + sixMonths
                    + ") AND a.hazard_id IS NOT NULL)", from);
            query(c, "SELECT COUNT(*) FROM enterprise e WHERE e.active = TRUE AND e.created_at < ?" + scope
                    + " AND (SELECT COUNT(*) FROM hazard o WHERE o.enterprise_id = e.id AND o.source = 'OFFICER' AND o.origin_inspection_id"
                    + " IS NULL AND o.reported_at >= ? AND o.reported_at < ?) > (SELECT COUNT(*) FROM hazard f WHERE f.enterprise_id = e.id"
                    + " AND f.source = 'SELF' AND f.origin_inspection_id IS NULL AND f.reported_at >= ? AND f.reported_at < ?)",
                    from, from, until, from, until);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The month's figures: grouped by town for the table, in total (the trend's due, submitted and hazards) otherwise. */
    private static void table(Connection c, YearMonth month, String scope, int autoSubmitDay, boolean full) throws SQLException {
        Timestamp from = Timestamp.valueOf(Periods.firstDay(month, autoSubmitDay).atStartOfDay());
        Timestamp until = Timestamp.valueOf(Periods.firstDay(month.plusMonths(1), autoSubmitDay).atStartOfDay());
        String g = full ? "e.town_id, " : "";
        String groupBy = full ? " GROUP BY e.town_id" : "";
        String due = " e.active = TRUE AND e.created_at < ?" + scope;
        String records = " FROM self_inspection s JOIN enterprise e ON s.enterprise_id = e.id WHERE" + due + " AND s.period = '" + month + "'";
        String hazards = " FROM hazard h JOIN enterprise e ON h.enterprise_id = e.id WHERE h.origin_inspection_id IS NULL"
                + " AND h.reported_at >= ? AND h.reported_at < ?" + scope;
        query(c, "SELECT " + g + "COUNT(*) FROM enterprise e WHERE" + due + groupBy, from);
        query(c, "SELECT " + g + "COUNT(DISTINCT e.id)" + records + " AND s.status = 'SUBMITTED'" + groupBy, from);
        query(c, "SELECT " + (full ? g : "") + "h.kind, " + (full ? "h.status, " : "") + "COUNT(*)" + hazards + " GROUP BY "
                + (full ? "e.town_id, h.kind, h.status" : "h.kind"), from, until);
        if (!full) {
            return;
        }
        query(c, "SELECT " + g + "COUNT(DISTINCT e.id)" + records + groupBy, from);
        query(c, "SELECT " + g + "COUNT(DISTINCT e.id)" + records + " AND s.status = 'SUBMITTED' AND s.auto_submitted = FALSE" + groupBy, from);
        query(c, "SELECT " + g + "COUNT(*)" + records + " AND s.status = 'SUBMITTED'" + groupBy, from);
        query(c, "SELECT " + g + "COUNT(*)" + records + " AND s.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM inspection_answer a"
                + " WHERE a.inspection_id = s.id AND a.hazard_id IS NOT NULL)" + groupBy, from);
        query(c, "SELECT " + g + "COUNT(*)" + hazards + " AND h.status <> 'CLOSED' AND h.deadline < ?" + groupBy, from, until,
                java.sql.Date.valueOf(LocalDate.now()));
        query(c, "SELECT " + g + "SUM(r.funds_used) FROM hazard_rectification r JOIN hazard h ON r.hazard_id = h.id JOIN enterprise e"
                + " ON h.enterprise_id = e.id WHERE h.origin_inspection_id IS NULL AND h.reported_at >= ? AND h.reported_at < ?" + scope
                + groupBy, from, until);
    }

    private static void query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }
}
