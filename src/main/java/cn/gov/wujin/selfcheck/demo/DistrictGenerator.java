package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.platform.persistence.Database;
import cn.gov.wujin.selfcheck.platform.persistence.SequenceBlock;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * BENCHMARKS ONLY (reached through the test support): a district's year for 统计分析. {@code enterprises}
 * enterprises spread over every town, department and 小类, registered before the year; for each of the 12
 * months up to {@code last}, a submitted record for about 97 % of them (a tenth automatically), each with
 * 0 to 5 hazards at distinct items of the 工贸 standard (with the answer that points at it), about 2.8 per
 * record: 30,000 enterprises give some 350,000 records and 1,000,000 hazards. Of the hazards 5 % are
 * major; states and deadlines follow the month (older ones mostly 已销号), 40 % of the closed ones with
 * their 整改 funds. Batched JDBC inserts with ids from the sequences, committed every few thousand rows;
 * a fixed seed, so two runs make the same district.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class DistrictGenerator {

    private static final Logger LOG = Logger.getLogger(DistrictGenerator.class.getName());
    private static final int BATCH = 5000;
    private static final String[] GENERAL_STATES = {"CLOSED", "CLOSED", "CLOSED", "RECTIFYING", "OPEN", "AWAITING_ACCEPTANCE"};
    private static final String[] MAJOR_STATES = {"REPORTED", "SUPERVISED", "RECTIFYING", "ACCEPTANCE_REQUESTED", "CLOSED"};

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Returns {@code enterprises records hazards millis}. */
    public String generate(String tag, int enterprises, YearMonth last) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(20261203L);
        long records = 0;
        long hazards = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Long> towns = ids(c, "SELECT id FROM town WHERE active = TRUE ORDER BY id");
            List<Long> departments = ids(c, "SELECT id FROM industry_department ORDER BY id");
            List<Long> types = ids(c, "SELECT id FROM enterprise_type WHERE parent_id IS NOT NULL ORDER BY id");
            long level = ids(c, "SELECT MIN(id) FROM supervision_level").get(0);
            long standard = ids(c, "SELECT MIN(s.id) FROM checklist_standard s JOIN enterprise_type t ON s.enterprise_type_id = t.id "
                    + "WHERE t.code = 'GM' AND s.status = 'PUBLISHED'").get(0);
            List<Long> items = ids(c, "SELECT i.id FROM checklist_item i JOIN checklist_category k ON i.category_id = k.id "
                    + "WHERE k.standard_id = " + standard + " ORDER BY i.id");
            SequenceBlock enterpriseIds = new SequenceBlock(c, "enterprise");
            SequenceBlock recordIds = new SequenceBlock(c, "self_inspection");
            SequenceBlock answerIds = new SequenceBlock(c, "inspection_answer");
            SequenceBlock hazardIds = new SequenceBlock(c, "hazard");
            SequenceBlock rectificationIds = new SequenceBlock(c, "hazard_rectification");
            long[] enterprise = new long[enterprises];
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO enterprise (id, name, town_id, department_id, type_id, "
                    + "supervision_level_id, principal_name, contact_phone, created_at, version, active, profile_complete) "
                    + "VALUES (?, ?, ?, ?, ?, ?, '张三', '0519-86300000', ?, 0, TRUE, FALSE)")) {
                Timestamp registered = Timestamp.valueOf(last.minusMonths(13).atDay(1).atStartOfDay());
                for (int n = 0; n < enterprises; n++) {
                    enterprise[n] = enterpriseIds.next();
                    insert.setLong(1, enterprise[n]);
                    insert.setString(2, "统计基准" + tag + "第" + (n + 1) + "号公司");
                    insert.setLong(3, towns.get(random.nextInt(towns.size())));
                    insert.setLong(4, departments.get(random.nextInt(departments.size())));
                    insert.setLong(5, types.get(random.nextInt(types.size())));
                    insert.setLong(6, level);
                    insert.setTimestamp(7, registered);
                    insert.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            try (PreparedStatement record = c.prepareStatement("INSERT INTO self_inspection (id, enterprise_id, standard_id, period, "
                    + "status, inspector_name, inspection_date, created_at, updated_at, submitted_at, submitted_by, auto_submitted, "
                    + "version) VALUES (?, ?, ?, ?, 'SUBMITTED', '基准检查员', ?, ?, ?, ?, '基准检查员', ?, 1)");
                 PreparedStatement hazard = c.prepareStatement("INSERT INTO hazard (id, enterprise_id, item_id, kind, status, location, "
                         + "description, responsible, deadline, planned_funds, rectified_immediately, reported_at, reported_by, version, "
                         + "source, reporter_role, closed_at) VALUES (?, ?, ?, ?, ?, '基准部位', '基准隐患', '基准负责人', ?, NULL, FALSE, ?, "
                         + "'基准检查员', 0, 'SELF', 'ENTERPRISE', ?)");
                 PreparedStatement answer = c.prepareStatement("INSERT INTO inspection_answer (id, inspection_id, item_id, result, "
                         + "hazard_id, version) VALUES (?, ?, ?, ?, ?, 0)");
                 PreparedStatement rectification = c.prepareStatement("INSERT INTO hazard_rectification (id, hazard_id, measures, "
                         + "funds_used, responsible, completed_on, finished, recorded_at, recorded_by) VALUES (?, ?, '基准整改', ?, "
                         + "'基准负责人', ?, TRUE, ?, '基准检查员')")) {
                int pending = 0;
                for (int m = 11; m >= 0; m--) {
                    YearMonth month = last.minusMonths(m);
                    for (int n = 0; n < enterprises; n++) {
                        if (random.nextInt(100) >= 97) {
                            continue;
                        }
                        LocalDate date = month.atDay(1 + random.nextInt(25));
                        LocalDateTime at = date.atTime(9 + random.nextInt(8), random.nextInt(60));
                        long recordId = recordIds.next();
                        record.setLong(1, recordId);
                        record.setLong(2, enterprise[n]);
                        record.setLong(3, standard);
                        record.setString(4, month.toString());
                        record.setDate(5, Date.valueOf(date));
                        record.setTimestamp(6, Timestamp.valueOf(at));
                        record.setTimestamp(7, Timestamp.valueOf(at));
                        record.setTimestamp(8, Timestamp.valueOf(at.plusMinutes(30)));
                        record.setBoolean(9, random.nextInt(10) == 0);
                        record.addBatch();
                        records++;
                        int count = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(5);
                        int firstItem = random.nextInt(items.size());
                        for (int h = 0; h < count; h++) {
                            long hazardId = hazardIds.next();
                            long item = items.get((firstItem + h * 7) % items.size());
                            boolean major = random.nextInt(100) < 5;
                            String state = major ? MAJOR_STATES[Math.min(MAJOR_STATES.length - 1, random.nextInt(MAJOR_STATES.length) + m / 4)]
                                    : m >= 2 && random.nextInt(10) < 8 ? "CLOSED" : GENERAL_STATES[random.nextInt(GENERAL_STATES.length)];
                            LocalDate deadline = date.plusDays(15 + random.nextInt(60));
                            hazard.setLong(1, hazardId);
                            hazard.setLong(2, enterprise[n]);
                            hazard.setLong(3, item);
                            hazard.setString(4, major ? "MAJOR" : "GENERAL");
                            hazard.setString(5, state);
                            hazard.setDate(6, Date.valueOf(deadline));
                            hazard.setTimestamp(7, Timestamp.valueOf(at));
                            if ("CLOSED".equals(state)) {
                                hazard.setTimestamp(8, Timestamp.valueOf(deadline.minusDays(3).atTime(10, 0)));
                            } else {
                                hazard.setNull(8, Types.TIMESTAMP);
                            }
                            hazard.addBatch();
                            answer.setLong(1, answerIds.next());
                            answer.setLong(2, recordId);
                            answer.setLong(3, item);
                            answer.setString(4, major ? "MAJOR" : "GENERAL");
                            answer.setLong(5, hazardId);
                            answer.addBatch();
                            if ("CLOSED".equals(state) && random.nextInt(10) < 4) {
                                rectification.setLong(1, rectificationIds.next());
                                rectification.setLong(2, hazardId);
                                rectification.setBigDecimal(3, BigDecimal.valueOf(100 + random.nextInt(20000), 0));
                                rectification.setDate(4, Date.valueOf(deadline.minusDays(3)));
                                rectification.setTimestamp(5, Timestamp.valueOf(deadline.minusDays(3).atTime(10, 0)));
                                rectification.addBatch();
                            }
                            hazards++;
                            pending++;
                        }
                        pending++;
                        if (pending >= BATCH) {
                            flush(c, record, hazard, answer, rectification);
                            pending = 0;
                        }
                    }
                }
                flush(c, record, hazard, answer, rectification);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Generated a district of " + enterprises + " enterprises in " + millis + " ms");
        return enterprises + " " + records + " " + hazards + " " + millis;
    }

    private static void flush(Connection c, PreparedStatement record, PreparedStatement hazard, PreparedStatement answer,
                              PreparedStatement rectification) throws SQLException {
        record.executeBatch();
        hazard.executeBatch();
        answer.executeBatch();
        rectification.executeBatch();
        c.commit();
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
