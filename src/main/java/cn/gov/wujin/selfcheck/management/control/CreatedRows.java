package cn.gov.wujin.selfcheck.management.control;

import cn.gov.wujin.selfcheck.platform.persistence.SequenceBlock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The enterprises an import creates and their outcome rows, written as plain JDBC batches on the
 * connection of the chunk's transaction: a bulk load of thousands of new rows, where EclipseLink's
 * change tracking, cloning and per-entity validation cost more than the inserts themselves (the rows
 * were checked by {@link RowCheck} before). The rows are those the entities' constructors make: an
 * enterprise as {@code new Enterprise(...)} plus its contact (active, profile not complete, version
 * 0); an outcome as {@code new ImportOutcome(...)}. Existing enterprises are updated through JPA.
 */
public final class CreatedRows {

    private static final String INSERT_ENTERPRISE = "INSERT INTO enterprise (id, name, credit_code, town_id, department_id, "
            + "type_id, supervision_level_id, principal_name, contact_phone, created_at, version, active, profile_complete) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

    private static final String INSERT_OUTCOME = "INSERT INTO import_outcome (import_id, line_no, enterprise_id, created, "
            + "one_time_password) VALUES (?, ?, ?, ?, ?)";

    private CreatedRows() {
    }

    /** Inserts the enterprises of these rows; returns their ids, in the rows' order. */
    public static List<Long> insertEnterprises(Connection connection, List<RowCheck.Valid> rows, LocalDateTime now)
            throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        Timestamp createdAt = Timestamp.valueOf(now);
        try (SequenceBlock sequence = new SequenceBlock(connection, "enterprise");
             PreparedStatement insert = connection.prepareStatement(INSERT_ENTERPRISE)) {
            for (RowCheck.Valid row : rows) {
                long id = sequence.next();
                insert.setLong(1, id);
                insert.setString(2, row.name().strip());
                insert.setString(3, row.creditCode());
                insert.setLong(4, row.townId());
                insert.setLong(5, row.departmentId());
                insert.setLong(6, row.typeId());
                insert.setLong(7, row.levelId());
                setText(insert, 8, row.principalName());
                setText(insert, 9, row.contactPhone());
                insert.setTimestamp(10, createdAt);
                insert.setBoolean(11, true);
                insert.setBoolean(12, false);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** A created enterprise's outcome: its row in the file and the one-time password issued, if any. */
    public record Outcome(int line, Long enterpriseId, String oneTimePassword) {
    }

    public static void insertOutcomes(Connection connection, Long importId, List<Outcome> outcomes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTCOME)) {
            for (Outcome outcome : outcomes) {
                insert.setLong(1, importId);
                insert.setInt(2, outcome.line());
                insert.setLong(3, outcome.enterpriseId());
                insert.setBoolean(4, true);
                setText(insert, 5, outcome.oneTimePassword());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setText(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
