package app.fulcrum.storage;

import org.jdbi.v3.core.Handle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs the {@link Inserts} on the JDBC connection of the current JDBI handle, so they take part in
 * its transaction. SQL errors surface as {@link WriteFailedException}.
 */
final class Writes {
    private Writes() {
    }

    /** Inserts one row and returns its generated id. */
    static <T> long insertReturningId(Handle handle, Inserts insert, T row, Inserts.RowBinder<T> binder) {
        String sql = insert.returningId();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            binder.bind(Params.of(statement), 1, row);
            statement.execute();
            try (ResultSet keys = statement.getResultSet()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new WriteFailedException(insert.table(), e);
        }
    }

    /**
     * Inserts {@code rows} in multi-row statements of {@link Inserts#ROWS_PER_STATEMENT}, each built by
     * {@code sqlForRows} with {@code columns} parameters per row; returns how many rows were inserted.
     */
    static <T> int insertAll(Handle handle, String table, List<T> rows, IntFunction<String> sqlForRows, int columns,
                             Inserts.RowBinder<T> binder) {
        int added = 0;
        PreparedStatement full = null;
        try {
            for (int start = 0; start < rows.size(); start += Inserts.ROWS_PER_STATEMENT) {
                List<T> chunk = rows.subList(start, Math.min(rows.size(), start + Inserts.ROWS_PER_STATEMENT));
                boolean isFull = chunk.size() == Inserts.ROWS_PER_STATEMENT;
                if (isFull && full == null) {
                    full = handle.getConnection().prepareStatement(sqlForRows.apply(chunk.size()));
                }
                PreparedStatement statement = isFull ? full
                        : handle.getConnection().prepareStatement(sqlForRows.apply(chunk.size()));
                try {
                    Params params = Params.of(statement);
                    for (int i = 0; i < chunk.size(); i++) {
                        binder.bind(params, 1 + i * columns, chunk.get(i));
                    }
                    added += statement.executeUpdate();
                } finally {
                    if (!isFull) {
                        statement.close();
                    }
                }
            }
            return added;
        } catch (SQLException e) {
            throw new WriteFailedException(table, e);
        } finally {
            closeQuietly(full);
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // nothing left to release that the connection's close will not
            }
        }
    }

    /** A write the database refused; the message names the table and the database's reason. */
    static final class WriteFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailedException(String table, SQLException cause) {
            super("writing to " + table + " failed: " + cause.getMessage(), cause);
        }
    }
}
