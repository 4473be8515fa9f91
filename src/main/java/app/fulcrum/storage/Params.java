package app.fulcrum.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Where a {@link Inserts.RowBinder} puts one row's values, by 1-based position: the parameters of a
 * JDBC statement ({@link #of(PreparedStatement)}), or a line of PostgreSQL COPY text ({@link CopyText}).
 * Nullable setters take boxed values and write SQL NULL for null.
 */
interface Params {
    void setLong(int at, long value) throws SQLException;

    void setInt(int at, int value) throws SQLException;

    void setBoolean(int at, boolean value) throws SQLException;

    void setText(int at, String value) throws SQLException;

    void setBigint(int at, Long value) throws SQLException;

    void setInteger(int at, Integer value) throws SQLException;

    static Params of(PreparedStatement statement) {
        return new Params() {
            @Override
            public void setLong(int at, long value) throws SQLException {
                statement.setLong(at, value);
            }

            @Override
            public void setInt(int at, int value) throws SQLException {
                statement.setInt(at, value);
            }

            @Override
            public void setBoolean(int at, boolean value) throws SQLException {
                statement.setBoolean(at, value);
            }

            @Override
            public void setText(int at, String value) throws SQLException {
                if (value == null) {
                    statement.setNull(at, Types.VARCHAR);
                } else {
                    statement.setString(at, value);
                }
            }

            @Override
            public void setBigint(int at, Long value) throws SQLException {
                if (value == null) {
                    statement.setNull(at, Types.BIGINT);
                } else {
                    statement.setLong(at, value);
                }
            }

            @Override
            public void setInteger(int at, Integer value) throws SQLException {
                if (value == null) {
                    statement.setNull(at, Types.INTEGER);
                } else {
                    statement.setInt(at, value);
                }
            }
        };
    }
}
