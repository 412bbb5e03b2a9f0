package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import cn.gov.wujin.selfcheck.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * BENCHMARKS ONLY (called by the test support): the rows of the import benchmark and its ceiling, a
 * plain JDBC batch insert of as many enterprises with their logins into the same tables, in commits
 * of the job's chunk size, deleted again afterwards.
 */
@Stateless
public class ImportBenchData {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** A CSV of {@code valid} rows plus {@code invalid} ones (a wrong check character), names tagged. */
    public static byte[] csv(String tag, int valid, int invalid) {
        StringBuilder csv = new StringBuilder("单位名称,统一社会信用代码,属地,行业主管部门,单位类型,监管等级,主要负责人,联系电话\r\n");
        int every = invalid == 0 ? Integer.MAX_VALUE : Math.max(1, (valid + invalid) / invalid);
        int bad = 0;
        for (int i = 1; i <= valid + invalid; i++) {
            String code = code(tag, i);
            boolean wrong = bad < invalid && i % every == 0;
            if (wrong) {
                char right = code.charAt(17);
                code = code.substring(0, 17) + ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % 31);
                bad++;
            }
            csv.append("基准导入").append(tag).append("第").append(i).append("号有限公司,").append(code)
                    .append(",湖塘镇,应急管理局（安监）,工贸企业/机械,一般,张三,0519-86300000\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid code from the tag (letters and digits of the alphabet) and the row number. */
    static String code(String tag, int row) {
        StringBuilder body = new StringBuilder();
        long n = Math.abs((long) tag.hashCode()) * 1_000_000L + row;
        for (int i = 0; i < 9; i++) {
            body.insert(0, ALPHABET.charAt((int) (n % 31)));
            n /= 31;
        }
        String first17 = "92320412" + body;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * The ceiling: {@code rows} enterprises and their logins by batched JDBC inserts, committed every
     * {@code chunk} rows, then deleted; returns the milliseconds of the inserts alone.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long ceiling(String tag, int rows, int chunk) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long base;
            long town;
            long department;
            long type;
            long level;
            try (Statement statement = connection.createStatement()) {
                base = max(statement, "SELECT MAX(id) FROM enterprise") + 10_000_000L;
                town = max(statement, "SELECT id FROM town WHERE code = 'HUTANG'");
                department = max(statement, "SELECT id FROM industry_department WHERE code = 'YJGL'");
                type = max(statement, "SELECT id FROM enterprise_type WHERE code = 'GM_JX'");
                level = max(statement, "SELECT id FROM supervision_level WHERE code = 'GENERAL'");
            }
            long accountBase;
            try (Statement statement = connection.createStatement()) {
                accountBase = max(statement, "SELECT MAX(id) FROM user_account") + 10_000_000L;
            }
            connection.commit();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            long started = System.nanoTime();
            try (PreparedStatement enterprise = connection.prepareStatement("INSERT INTO enterprise (id, name, credit_code, town_id, "
                    + "department_id, type_id, supervision_level_id, principal_name, contact_phone, created_at, version, active, "
                    + "profile_complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, TRUE, FALSE)");
                 PreparedStatement account = connection.prepareStatement("INSERT INTO user_account (id, username, password_hash, role, "
                         + "display_name, enterprise_id, must_change_password, failed_attempts, active, created_at, version, session_epoch) "
                         + "VALUES (?, ?, ?, 'ENTERPRISE', ?, ?, TRUE, 0, TRUE, ?, 0, 0)")) {
                for (int i = 1; i <= rows; i++) {
                    String name = "基准上限" + tag + "第" + i + "号有限公司";
                    enterprise.setLong(1, base + i);
                    enterprise.setString(2, name);
                    enterprise.setString(3, code(tag + "C", i));
                    enterprise.setLong(4, town);
                    enterprise.setLong(5, department);
                    enterprise.setLong(6, type);
                    enterprise.setLong(7, level);
                    enterprise.setString(8, "张三");
                    enterprise.setString(9, "0519-86300000");
                    enterprise.setTimestamp(10, now);
                    enterprise.addBatch();
                    account.setLong(1, accountBase + i);
                    account.setString(2, name);
                    account.setString(3, "PBKDF2WithHmacSHA512:210000:shared");
                    account.setString(4, name);
                    account.setLong(5, base + i);
                    account.setTimestamp(6, now);
                    account.addBatch();
                    if (i % chunk == 0 || i == rows) {
                        enterprise.executeBatch();
                        account.executeBatch();
                        connection.commit();
                    }
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_account WHERE id > ?");
                 PreparedStatement deleteEnterprises = connection.prepareStatement("DELETE FROM enterprise WHERE id > ?")) {
                delete.setLong(1, accountBase);
                delete.executeUpdate();
                deleteEnterprises.setLong(1, base);
                deleteEnterprises.executeUpdate();
            }
            connection.commit();
            return millis;
        }
    }

    private static long max(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
