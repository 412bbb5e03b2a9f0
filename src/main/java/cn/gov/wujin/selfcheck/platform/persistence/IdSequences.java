package cn.gov.wujin.selfcheck.platform.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Migration V30: one sequence per table whose rows are inserted at run time, so that EclipseLink takes
 * ids in blocks of {@link #ALLOCATION_SIZE} instead of one IDENTITY value per row.
 * <p>
 * Why: embedded Derby hands identity values out of a small preallocated range kept in SYSSEQUENCES;
 * 50 concurrent saves of 79 answers each exhaust it several times a second, and a save that cannot
 * get the range's lock fails with 40XL1 ({@code SequenceUpdater.tooMuchContentionException}). With
 * a sequence incremented by 50, one save asks the database twice for ids instead of 79 times, and
 * EclipseLink can batch-write the answers (it cannot with IDENTITY, where it must read each id back).
 * <p>
 * A Java migration because each sequence starts above the ids the table already holds (the seed
 * rows of a new database, every row of an existing one), which Derby's {@code CREATE SEQUENCE} can
 * only take as a constant. The statements themselves are standard SQL that Derby and PostgreSQL
 * both run. EclipseLink uses the value a sequence returns as the last of its block (v-49..v), so
 * the first value is the table's highest id plus one block.
 * <p>
 * The IDENTITY columns stay (Derby cannot drop an identity): they only serve an INSERT that names
 * no id, which the application never issues. They are moved to a range of their own far above
 * anything the sequences reach, so such an INSERT (a hand-written fix, a later seed migration)
 * can never take an id a sequence hands out.
 * <p>
 * The table list is frozen with this version; a later table gets its sequence in its own migration.
 */
public final class IdSequences implements JavaMigration {

    /** Ids per block; the entities' {@code @SequenceGenerator(allocationSize)} must say the same. */
    public static final int ALLOCATION_SIZE = 50;

    /** Where INSERTs that name no id take their ids from now on: 10^15, still exact in a JavaScript number. */
    static final long IDENTITY_RANGE_START = 1_000_000_000_000_000L;

    static final List<String> TABLES = List.of(
            "user_account", "login_attempt",
            "enterprise", "enterprise_profile", "profile_change", "enterprise_picture", "safety_staff",
            "checklist_standard", "checklist_category", "checklist_item",
            "self_inspection", "inspection_answer", "hazard", "hazard_photo",
            "notice", "notice_receipt", "reminder", "article");

    /** The sequence of a table: {@code <table>_seq}. */
    public static String sequenceOf(String table) {
        return table + "_seq";
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("30");
    }

    @Override
    public String getDescription() {
        return "id sequences";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                long highest;
                try (ResultSet max = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
                    max.next();
                    highest = max.getLong(1);
                }
                if (highest >= IDENTITY_RANGE_START) {
                    throw new SQLException(table + " already holds ids in the range reserved for its identity column");
                }
                sql.execute("CREATE SEQUENCE " + sequenceOf(table) + " AS BIGINT START WITH " + (highest + ALLOCATION_SIZE)
                        + " INCREMENT BY " + ALLOCATION_SIZE);
                sql.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + IDENTITY_RANGE_START);
            }
        }
    }
}
