package cn.gov.wujin.selfcheck.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of one table for plain JDBC inserts, taken from the table's sequence a block at a time exactly
 * as EclipseLink takes them ({@link IdSequences}: the value the sequence returns is the last of its
 * block), so rows written this way and rows EclipseLink writes never share an id. Not thread-safe; one
 * per table and connection, closed with the statement it holds.
 */
public final class SequenceBlock implements AutoCloseable {

    private final PreparedStatement next;
    private long nextId;
    private long lastId = -1;

    public SequenceBlock(Connection connection, String table) throws SQLException {
        String sequence = IdSequences.sequenceOf(table);
        boolean derby = connection.getMetaData().getDatabaseProductName().contains("Derby");
        next = connection.prepareStatement(derby ? "VALUES NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')");
    }

    public long next() throws SQLException {
        if (nextId > lastId) {
            try (ResultSet row = next.executeQuery()) {
                row.next();
                lastId = row.getLong(1);
                nextId = lastId - IdSequences.ALLOCATION_SIZE + 1;
            }
        }
        return nextId++;
    }

    @Override
    public void close() throws SQLException {
        next.close();
    }
}
