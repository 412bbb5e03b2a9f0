package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.account.control.PasswordHashing;
import cn.gov.wujin.selfcheck.platform.persistence.Database;
import cn.gov.wujin.selfcheck.platform.persistence.SequenceBlock;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * TESTS ONLY (reached through the test support): a town of its own with a TOWN officer and seven
 * enterprises whose records and hazards of March 2026 (26 February to 25 March) make every figure of
 * 统计分析 a known number; {@code StatisticsIT} states those numbers from this description, not from
 * the application's queries.
 * <pre>
 * A  record submitted by hand, no hazard (零隐患); a 代报 hazard reported 26 March 00:30 (April's)
 * B  record submitted by hand: general CLOSED (1,200.50 spent, item of 一级 X1), general OPEN past its
 *    deadline 20 March (X1), major SUPERVISED (deadline 2027-06-30, item of 一级 X2)
 * C  record dated 27 February (March's), submitted automatically: general RECTIFYING reported 27 February
 *    (deadline 2027-01-31, X1)
 * D  draft of March only, with a draft's hazard (not counted)
 * E  nothing of its own; a 代报 general hazard without item, reported 25 March 23:00, deadline 10 April
 * F  disabled (停用), a submitted record
 * G  registered 5 March (not due), a submitted record
 * </pre>
 * Returns {@code townId officerLogin X1name X2name}.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class StatisticsSeed {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PasswordHashing hashing;

    public String seed(String tag, String officerPassword) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long townId = town(c, tag, officerPassword);
            String officer = "stat" + tag;
            long department = single(c, "SELECT id FROM industry_department WHERE code = 'YJGL'");
            long type = single(c, "SELECT id FROM enterprise_type WHERE code = 'GM_JX'");
            long level = single(c, "SELECT MIN(id) FROM supervision_level");
            long standard = standard(c);
            long[] items = new long[2];
            String[] firstLevels = new String[2];
            firstItems(c, standard, items, firstLevels);
            Rows rows = new Rows(c, townId, department, type, level, standard);
            LocalDateTime registered = LocalDateTime.of(2020, 1, 1, 8, 0);
            long a = rows.enterprise("统计测试" + tag + "甲公司", registered, true);
            long b = rows.enterprise("统计测试" + tag + "乙公司", registered, true);
            long cc = rows.enterprise("统计测试" + tag + "丙公司", registered, true);
            long d = rows.enterprise("统计测试" + tag + "丁公司", registered, true);
            long e = rows.enterprise("统计测试" + tag + "戊公司", registered, true);
            long f = rows.enterprise("统计测试" + tag + "己公司", registered, false);
            long g = rows.enterprise("统计测试" + tag + "庚公司", LocalDateTime.of(2026, 3, 5, 9, 0), true);

            long ra = rows.record(a, LocalDate.of(2026, 3, 10), "SUBMITTED", false);
            rows.answer(ra, items[0], "NONE", null);
            rows.hazard(a, null, null, "GENERAL", "OPEN", LocalDateTime.of(2026, 3, 26, 0, 30), LocalDate.of(2026, 4, 30), "OFFICER");

            long rb = rows.record(b, LocalDate.of(2026, 3, 12), "SUBMITTED", false);
            long closed = rows.hazard(b, items[0], null, "GENERAL", "CLOSED", LocalDateTime.of(2026, 3, 10, 9, 0),
                    LocalDate.of(2026, 3, 31), "SELF");
            rows.answer(rb, items[0], "GENERAL", closed);
            rows.rectification(closed, new BigDecimal("1200.50"));
            long major = rows.hazard(b, items[1], null, "MAJOR", "SUPERVISED", LocalDateTime.of(2026, 3, 11, 9, 0),
                    LocalDate.of(2027, 6, 30), "SELF");
            rows.answer(rb, items[1], "MAJOR", major);
            long overdue = rows.hazard(b, items[0], null, "GENERAL", "OPEN", LocalDateTime.of(2026, 3, 12, 9, 0),
                    LocalDate.of(2026, 3, 20), "SELF");
            // A second hazard at the same item cannot have its own answer (one answer per item and record): a ledger entry.
            long rc = rows.record(cc, LocalDate.of(2026, 2, 27), "SUBMITTED", true);
            long rectifying = rows.hazard(cc, items[0], null, "GENERAL", "RECTIFYING", LocalDateTime.of(2026, 2, 27, 10, 0),
                    LocalDate.of(2027, 1, 31), "SELF");
            rows.answer(rc, items[0], "GENERAL", rectifying);

            long rd = rows.record(d, LocalDate.of(2026, 3, 15), "DRAFT", false);
            long draftHazard = rows.hazard(d, items[0], rd, "GENERAL", "OPEN", LocalDateTime.of(2026, 3, 15, 9, 0),
                    LocalDate.of(2026, 3, 30), "SELF");
            rows.answer(rd, items[0], "GENERAL", draftHazard);

            rows.hazard(e, null, null, "GENERAL", "OPEN", LocalDateTime.of(2026, 3, 25, 23, 0), LocalDate.of(2026, 4, 10), "OFFICER");
            rows.record(f, LocalDate.of(2026, 3, 8), "SUBMITTED", false);
            rows.record(g, LocalDate.of(2026, 3, 20), "SUBMITTED", false);
            c.commit();
            return townId + " " + officer + " " + firstLevels[0] + " " + firstLevels[1] + " overdue=" + overdue;
        }
    }

    /**
     * The quality flags' town ({@code 统计测试Q<tag>镇}, officer {@code statQ<tag>}), enterprises in use since 2020:
     * <pre>
     * H  a submitted record without hazard in each month from October 2025 to March 2026 (六个月零隐患)
     * I  the same, but March's record found a hazard
     * J  March: two 代报 hazards, one found by itself (代报多于自查)
     * K  March: one 代报 hazard, one found by itself
     * </pre>
     * Returns the officer's login.
     */
    public String seedQuality(String tag, String officerPassword) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long townId = town(c, "Q" + tag, officerPassword);
            long standard = standard(c);
            long[] items = new long[2];
            firstItems(c, standard, items, new String[2]);
            Rows rows = new Rows(c, townId, single(c, "SELECT id FROM industry_department WHERE code = 'YJGL'"),
                    single(c, "SELECT id FROM enterprise_type WHERE code = 'GM_JX'"), single(c, "SELECT MIN(id) FROM supervision_level"),
                    standard);
            LocalDateTime registered = LocalDateTime.of(2020, 1, 1, 8, 0);
            long h = rows.enterprise("质量测试" + tag + "零隐患公司", registered, true);
            long i = rows.enterprise("质量测试" + tag + "三月有隐患公司", registered, true);
            long j = rows.enterprise("质量测试" + tag + "代报多公司", registered, true);
            long k = rows.enterprise("质量测试" + tag + "代报少公司", registered, true);
            for (int m = 0; m < 6; m++) {
                YearMonth month = YearMonth.of(2025, 10).plusMonths(m);
                long rh = rows.record(h, month.atDay(10), "SUBMITTED", false, month.toString());
                rows.answer(rh, items[0], "NONE", null);
                long ri = rows.record(i, month.atDay(10), "SUBMITTED", false, month.toString());
                rows.answer(ri, items[0], m < 5 ? "NONE" : "GENERAL", m < 5 ? null : rows.hazard(i, items[0], null, "GENERAL",
                        "OPEN", month.atDay(10).atTime(9, 0), LocalDate.of(2027, 1, 31), "SELF"));
            }
            LocalDateTime march = LocalDateTime.of(2026, 3, 12, 9, 0);
            for (long[] found : new long[][]{{j, 2, 1}, {k, 1, 1}}) {
                for (int n = 0; n < found[1]; n++) {
                    rows.hazard(found[0], null, null, "GENERAL", "OPEN", march, LocalDate.of(2027, 1, 31), "OFFICER");
                }
                for (int n = 0; n < found[2]; n++) {
                    rows.hazard(found[0], items[0], null, "GENERAL", "OPEN", march, LocalDate.of(2027, 1, 31), "SELF");
                }
            }
            c.commit();
            return "statQ" + tag;
        }
    }

    /** A town of its own, {@code 统计测试<tag>镇}, with its TOWN officer {@code stat<tag>}; returns the town's id. */
    private long town(Connection c, String tag, String officerPassword) throws SQLException {
        try (PreparedStatement town = c.prepareStatement("INSERT INTO town (code, name, kind, sort_order, active, version) "
                + "VALUES (?, ?, 'TOWN', 900, TRUE, 0)")) {
            town.setString(1, "ST" + tag);
            town.setString(2, "统计测试" + tag + "镇");
            town.executeUpdate();
        }
        long townId = single(c, "SELECT id FROM town WHERE code = 'ST" + tag + "'");
        SequenceBlock accountIds = new SequenceBlock(c, "user_account");
        try (PreparedStatement account = c.prepareStatement("INSERT INTO user_account (id, username, password_hash, role, "
                + "display_name, town_id, must_change_password, failed_attempts, active, created_at, version, session_epoch) "
                + "VALUES (?, ?, ?, 'TOWN', ?, ?, FALSE, 0, TRUE, ?, 0, 0)")) {
            account.setLong(1, accountIds.next());
            account.setString(2, "stat" + tag);
            account.setString(3, hashing.hash(officerPassword));
            account.setString(4, "统计测试" + tag + "镇安监办");
            account.setLong(5, townId);
            account.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            account.executeUpdate();
        }
        return townId;
    }

    private static long standard(Connection c) throws SQLException {
        return single(c, "SELECT MIN(s.id) FROM checklist_standard s JOIN enterprise_type t "
                + "ON s.enterprise_type_id = t.id WHERE t.code = 'GM' AND s.status = 'PUBLISHED'");
    }

    /** The first item of the standard's first 一级分类 and the first of its second, with those categories' names. */
    private static void firstItems(Connection c, long standard, long[] items, String[] firstLevels) throws SQLException {
        try (Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery("SELECT i.id, p.name FROM checklist_item i "
                + "JOIN checklist_category k ON i.category_id = k.id JOIN checklist_category p ON k.parent_id = p.id "
                + "WHERE k.standard_id = " + standard + " ORDER BY p.sort_order, k.sort_order, i.sort_order")) {
            int found = 0;
            while (found < 2 && rows.next()) {
                if (found == 0 || !rows.getString(2).equals(firstLevels[0])) {
                    items[found] = rows.getLong(1);
                    firstLevels[found++] = rows.getString(2);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The inserts of the seed, with ids from the tables' sequences. */
    private static final class Rows {
        private final Connection c;
        private final long town;
        private final long department;
        private final long type;
        private final long level;
        private final long standard;
        private final SequenceBlock enterprises;
        private final SequenceBlock records;
        private final SequenceBlock answers;
        private final SequenceBlock hazards;
        private final SequenceBlock rectifications;

        Rows(Connection c, long town, long department, long type, long level, long standard) throws SQLException {
            this.c = c;
            this.town = town;
            this.department = department;
            this.type = type;
            this.level = level;
            this.standard = standard;
            enterprises = new SequenceBlock(c, "enterprise");
            records = new SequenceBlock(c, "self_inspection");
            answers = new SequenceBlock(c, "inspection_answer");
            hazards = new SequenceBlock(c, "hazard");
            rectifications = new SequenceBlock(c, "hazard_rectification");
        }

        long enterprise(String name, LocalDateTime createdAt, boolean active) throws SQLException {
            long id = enterprises.next();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO enterprise (id, name, town_id, department_id, type_id, "
                    + "supervision_level_id, principal_name, contact_phone, created_at, version, active, profile_complete) "
                    + "VALUES (?, ?, ?, ?, ?, ?, '张三', '0519-86300000', ?, 0, ?, FALSE)")) {
                insert.setLong(1, id);
                insert.setString(2, name);
                insert.setLong(3, town);
                insert.setLong(4, department);
                insert.setLong(5, type);
                insert.setLong(6, level);
                insert.setTimestamp(7, Timestamp.valueOf(createdAt));
                insert.setBoolean(8, active);
                insert.executeUpdate();
            }
            return id;
        }

        long record(long enterprise, LocalDate date, String status, boolean auto) throws SQLException {
            return record(enterprise, date, status, auto, "2026-03");
        }

        long record(long enterprise, LocalDate date, String status, boolean auto, String period) throws SQLException {
            long id = records.next();
            LocalDateTime at = date.atTime(10, 0);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO self_inspection (id, enterprise_id, standard_id, period, "
                    + "status, inspector_name, inspection_date, created_at, updated_at, submitted_at, submitted_by, auto_submitted, "
                    + "version) VALUES (?, ?, ?, ?, ?, '统计检查员', ?, ?, ?, ?, ?, ?, 0)")) {
                insert.setLong(1, id);
                insert.setLong(2, enterprise);
                insert.setLong(3, standard);
                insert.setString(4, period);
                insert.setString(5, status);
                insert.setDate(6, Date.valueOf(date));
                insert.setTimestamp(7, Timestamp.valueOf(at));
                insert.setTimestamp(8, Timestamp.valueOf(at));
                boolean submitted = "SUBMITTED".equals(status);
                insert.setTimestamp(9, submitted ? Timestamp.valueOf(at.plusHours(1)) : null);
                if (submitted) {
                    insert.setString(10, auto ? "系统自动上报" : "统计检查员");
                } else {
                    insert.setNull(10, Types.VARCHAR);
                }
                insert.setBoolean(11, auto);
                insert.executeUpdate();
            }
            return id;
        }

        void answer(long record, long item, String result, Long hazard) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO inspection_answer (id, inspection_id, item_id, result, "
                    + "hazard_id, version) VALUES (?, ?, ?, ?, ?, 0)")) {
                insert.setLong(1, answers.next());
                insert.setLong(2, record);
                insert.setLong(3, item);
                insert.setString(4, result);
                if (hazard == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, hazard);
                }
                insert.executeUpdate();
            }
        }

        long hazard(long enterprise, Long item, Long origin, String kind, String status, LocalDateTime reported, LocalDate deadline,
                    String source) throws SQLException {
            long id = hazards.next();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO hazard (id, enterprise_id, item_id, origin_inspection_id, "
                    + "kind, status, location, description, responsible, deadline, rectified_immediately, reported_at, reported_by, "
                    + "version, source, reporter_role) VALUES (?, ?, ?, ?, ?, ?, '统计部位', '统计测试隐患', '统计负责人', ?, FALSE, ?, "
                    + "'统计检查员', 0, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, enterprise);
                if (item == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, item);
                }
                if (origin == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, origin);
                }
                insert.setString(5, kind);
                insert.setString(6, status);
                insert.setDate(7, Date.valueOf(deadline));
                insert.setTimestamp(8, Timestamp.valueOf(reported));
                insert.setString(9, source);
                insert.setString(10, "SELF".equals(source) ? "ENTERPRISE" : "TOWN");
                insert.executeUpdate();
            }
            return id;
        }

        void rectification(long hazard, BigDecimal funds) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO hazard_rectification (id, hazard_id, measures, funds_used, "
                    + "responsible, completed_on, finished, recorded_at, recorded_by) VALUES (?, ?, '更换防护罩', ?, '统计负责人', ?, TRUE, ?, "
                    + "'统计检查员')")) {
                insert.setLong(1, rectifications.next());
                insert.setLong(2, hazard);
                insert.setBigDecimal(3, funds);
                insert.setDate(4, Date.valueOf(LocalDate.of(2026, 3, 14)));
                insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2026, 3, 14, 16, 0)));
                insert.executeUpdate();
            }
        }
    }
}
