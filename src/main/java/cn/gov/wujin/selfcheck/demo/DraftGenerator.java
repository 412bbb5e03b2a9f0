package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.platform.persistence.Database;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import cn.gov.wujin.selfcheck.platform.persistence.SequenceBlock;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.logging.Logger;

/**
 * TESTS AND BENCHMARKS ONLY (reached through {@link DraftGeneratorTestSupport}): district-scale data
 * for the monthly automatic submission. Creates N enterprises (工贸企业 / 机械, no login), each holding
 * one draft of the given period without answers, by batched JDBC inserts in commits of
 * {@link #COMMIT_ROWS} rows; 30,000 take some seconds. Their names carry a tag, so that
 * {@link #count(String)} can tell afterwards what became of exactly these drafts.
 * <p>
 * Ids come from the tables' sequences in blocks, as EclipseLink takes them ({@link IdSequences}), so
 * the application's own inserts afterwards never meet them.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class DraftGenerator {

    static final int COMMIT_ROWS = 2000;

    private static final Logger LOG = Logger.getLogger(DraftGenerator.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Creates {@code count} enterprises named {@code 生成企业<tag>-<n>}, each with a draft of {@code period}. */
    public int generate(String tag, int count, YearMonth period) throws SQLException {
        long started = System.nanoTime();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            References refs = References.read(connection);
            long standard = single(connection, "SELECT MIN(s.id) FROM checklist_standard s JOIN enterprise_type t "
                    + "ON s.enterprise_type_id = t.id WHERE t.code = 'GM' AND s.status = 'PUBLISHED'");
            SequenceBlock enterpriseIds = new SequenceBlock(connection, "enterprise");
            SequenceBlock draftIds = new SequenceBlock(connection, "self_inspection");
            try (PreparedStatement enterprise = connection.prepareStatement(References.INSERT_ENTERPRISE);
                 PreparedStatement draft = connection.prepareStatement("INSERT INTO self_inspection (id, enterprise_id, "
                         + "standard_id, period, status, inspector_name, inspection_date, created_at, updated_at, auto_submitted, "
                         + "version) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, FALSE, 0)")) {
                for (int n = 1; n <= count; n++) {
                    long enterpriseId = enterpriseIds.next();
                    refs.bind(enterprise, enterpriseId, "生成企业" + tag + "-" + n, now);
                    enterprise.addBatch();
                    draft.setLong(1, draftIds.next());
                    draft.setLong(2, enterpriseId);
                    draft.setLong(3, standard);
                    draft.setString(4, period.toString());
                    draft.setString(5, "生成检查员");
                    draft.setDate(6, Date.valueOf(period.atDay(1)));
                    draft.setTimestamp(7, now);
                    draft.setTimestamp(8, now);
                    draft.addBatch();
                    if (n % COMMIT_ROWS == 0 || n == count) {
                        enterprise.executeBatch();
                        draft.executeBatch();
                        connection.commit();
                    }
                }
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Generated " + count + " enterprises with a draft of " + period + " (tag " + tag + ") in " + millis + " ms");
        return count;
    }

    /**
     * Creates one enterprise {@code 生成企业<tag>-台帐} in the first town with {@code count} hazards of submitted
     * records (general, 待整改 / 整改中 / 已销号 in turn, reported over the past year): a district's 台帐 for the
     * export benchmark. Returns the enterprise's id.
     */
    public long generateHazards(String tag, int count) throws SQLException {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        String[] statuses = {"OPEN", "RECTIFYING", "CLOSED"};
        long enterpriseId;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            References refs = References.read(connection);
            enterpriseId = new SequenceBlock(connection, "enterprise").next();
            try (PreparedStatement enterprise = connection.prepareStatement(References.INSERT_ENTERPRISE)) {
                refs.bind(enterprise, enterpriseId, "生成企业" + tag + "-台帐", Timestamp.valueOf(now));
                enterprise.executeUpdate();
            }
            SequenceBlock hazardIds = new SequenceBlock(connection, "hazard");
            try (PreparedStatement hazard = connection.prepareStatement("INSERT INTO hazard (id, enterprise_id, kind, status, "
                    + "location, description, hazard_type, responsible, deadline, planned_funds, rectified_immediately, "
                    + "reported_at, reported_by, version) VALUES (?, ?, 'GENERAL', ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)")) {
                for (int n = 1; n <= count; n++) {
                    LocalDateTime reported = now.minusMinutes((long) (count - n) * 5);
                    hazard.setLong(1, hazardIds.next());
                    hazard.setLong(2, enterpriseId);
                    hazard.setString(3, statuses[n % statuses.length]);
                    hazard.setString(4, "生成部位" + n);
                    hazard.setString(5, "生成隐患：第" + n + "处防护设施缺失，需按标准整改");
                    hazard.setString(6, "设备设施");
                    hazard.setString(7, "生成负责人");
                    hazard.setDate(8, Date.valueOf(reported.toLocalDate().plusDays(30)));
                    hazard.setBigDecimal(9, java.math.BigDecimal.valueOf(n % 1000, 0));
                    hazard.setTimestamp(10, Timestamp.valueOf(reported));
                    hazard.setString(11, "生成检查员");
                    hazard.addBatch();
                    if (n % COMMIT_ROWS == 0 || n == count) {
                        hazard.executeBatch();
                        connection.commit();
                    }
                }
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            connection.commit();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Generated " + count + " hazards (tag " + tag + ") in " + millis + " ms");
        return enterpriseId;
    }

    /**
     * What became of the drafts of one generation: {@code drafts=… autoSubmittedOnce=… other=…}, where
     * once means submitted by the automatic submission and changed exactly once since it was made
     * (version 1: each submission writes the row and raises its version).
     */
    public String count(String tag) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT "
                     + "SUM(CASE WHEN i.status = 'DRAFT' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN i.status = 'SUBMITTED' AND i.auto_submitted = TRUE AND i.version = 1 THEN 1 ELSE 0 END), "
                     + "COUNT(*) FROM self_inspection i JOIN enterprise e ON i.enterprise_id = e.id WHERE e.name LIKE ?")) {
            query.setString(1, "生成企业" + tag + "-%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long drafts = row.getLong(1);
                long once = row.getLong(2);
                long all = row.getLong(3);
                return "drafts=" + drafts + " autoSubmittedOnce=" + once + " other=" + (all - drafts - once);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next() || row.getObject(1) == null) {
                throw new SQLException("No reference row for: " + sql);
            }
            return row.getLong(1);
        }
    }

    /** The reference rows a generated enterprise gets (工贸企业 / 机械 in the first town and department). */
    private record References(long town, long department, long type, long level) {

        static final String INSERT_ENTERPRISE = "INSERT INTO enterprise (id, name, town_id, department_id, type_id, "
                + "supervision_level_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)";

        static References read(Connection connection) throws SQLException {
            return new References(single(connection, "SELECT MIN(id) FROM town"),
                    single(connection, "SELECT MIN(id) FROM industry_department"),
                    single(connection, "SELECT id FROM enterprise_type WHERE code = 'GM_JX'"),
                    single(connection, "SELECT MIN(id) FROM supervision_level"));
        }

        void bind(PreparedStatement insert, long id, String name, Timestamp createdAt) throws SQLException {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setLong(3, town);
            insert.setLong(4, department);
            insert.setLong(5, type);
            insert.setLong(6, level);
            insert.setTimestamp(7, createdAt);
        }
    }
}
