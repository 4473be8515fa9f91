package app.fulcrum.storage;

import app.fulcrum.domain.Provenance;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Bulk insert-if-new for one transaction: rows whose (workspace, source, external id) is stored
 * already are skipped, and the count of rows that were new is returned.
 *
 * <p>Design (measured with bench/import.sh and {@code demo --scale 100}; figures in the bench README):
 * <ul>
 * <li><b>Ask before writing.</b> Rows go in chunks of {@link Inserts#ROWS_PER_STATEMENT}. While the
 * table is "probing", a chunk first costs one {@code SELECT COUNT(*)} on the unique (workspace_id,
 * source, external_id) index. If the count equals the chunk size every row is known (ids are unique per
 * table, so n matches means n distinct ids), and the chunk is not sent at all: a re-import then binds
 * one value per row instead of twelve to twenty and writes nothing. A count of 0 stops probing, so a
 * fresh import pays one probe per transaction and table; a write that meets known rows (update count
 * below the rows sent) starts probing again. The ON CONFLICT DO NOTHING of the write stays the rule;
 * the probe only saves work, so its answer never decides what is stored.</li>
 * <li><b>SQLite</b> writes each chunk with one multi-row INSERT, the full-size statement prepared once
 * per transaction (a 12,000-parameter statement costs noticeable time to prepare).</li>
 * <li><b>PostgreSQL</b> streams the rows to a temporary table with COPY (text format, {@link CopyText})
 * and moves them with one {@code INSERT … SELECT … ON CONFLICT DO NOTHING}, whose update count is the
 * rows that were new. The temporary table lives until the transaction ends (ON COMMIT DROP) and is
 * emptied after each call.</li>
 * </ul>
 */
final class NewRows {
    private final Handle handle;
    private final Vendor vendor;
    private final long workspaceId;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<String> notProbing = new HashSet<>();
    private final Set<String> copyTables = new HashSet<>();

    NewRows(Handle handle, Vendor vendor, long workspaceId) {
        this.handle = handle;
        this.vendor = vendor;
        this.workspaceId = workspaceId;
    }

    <T> int insert(Inserts insert, List<T> rows, Function<T, Provenance> provenance, Inserts.RowBinder<T> binder) {
        try {
            List<T> unknown = new ArrayList<>(rows.size());
            boolean skipped = false;
            for (int start = 0; start < rows.size(); start += Inserts.ROWS_PER_STATEMENT) {
                List<T> chunk = rows.subList(start, Math.min(rows.size(), start + Inserts.ROWS_PER_STATEMENT));
                long known = notProbing.contains(insert.table()) ? 0 : countKnown(insert.table(), chunk, provenance);
                if (known == chunk.size()) {
                    skipped = true;
                    continue;
                }
                if (known == 0) {
                    notProbing.add(insert.table());
                }
                unknown.addAll(chunk);
            }
            int added = unknown.isEmpty() ? 0 : vendor == Vendor.POSTGRESQL
                    ? copy(insert, unknown, binder) : insertChunks(insert, unknown, binder);
            if (skipped || added < unknown.size()) {
                notProbing.remove(insert.table());
            }
            return added;
        } catch (SQLException e) {
            throw new Writes.WriteFailedException(insert.table(), e);
        }
    }

    /** How many of the chunk's rows are stored, or -1 when the chunk cannot be asked (mixed sources, no id). */
    private <T> long countKnown(String table, List<T> chunk, Function<T, Provenance> provenance) throws SQLException {
        String source = provenance.apply(chunk.get(0)).source();
        String[] ids = new String[chunk.size()];
        for (int i = 0; i < ids.length; i++) {
            Provenance p = provenance.apply(chunk.get(i));
            if (p.externalId() == null || !p.source().equals(source)) {
                return -1;
            }
            ids[i] = p.externalId();
        }
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND source = ? AND external_id "
                + (vendor == Vendor.POSTGRESQL ? "= ANY(?)" : "IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")");
        PreparedStatement count = prepared(sql, ids.length == Inserts.ROWS_PER_STATEMENT);
        count.setLong(1, workspaceId);
        count.setString(2, source);
        if (vendor == Vendor.POSTGRESQL) {
            count.setArray(3, handle.getConnection().createArrayOf("text", ids));
        } else {
            for (int i = 0; i < ids.length; i++) {
                count.setString(3 + i, ids[i]);
            }
        }
        try (ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } finally {
            closeUnlessKept(count);
        }
    }

    private <T> int insertChunks(Inserts insert, List<T> rows, Inserts.RowBinder<T> binder) throws SQLException {
        int added = 0;
        for (int start = 0; start < rows.size(); start += Inserts.ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(start, Math.min(rows.size(), start + Inserts.ROWS_PER_STATEMENT));
            PreparedStatement statement = prepared(insert.ifNew(chunk.size()), chunk.size() == Inserts.ROWS_PER_STATEMENT);
            try {
                Params params = Params.of(statement);
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(params, 1 + i * insert.count(), chunk.get(i));
                }
                added += statement.executeUpdate();
            } finally {
                closeUnlessKept(statement);
            }
        }
        return added;
    }

    private <T> int copy(Inserts insert, List<T> rows, Inserts.RowBinder<T> binder) throws SQLException {
        String temp = "fulcrum_new_" + insert.table();
        if (copyTables.add(insert.table())) {
            handle.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + temp + " ON COMMIT DROP AS SELECT "
                    + insert.columns() + " FROM " + insert.table() + " WHERE false");
        }
        Connection connection = handle.getConnection();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + temp + " (" + insert.columns() + ") FROM STDIN");
        try {
            CopyText text = new CopyText();
            for (T row : rows) {
                binder.bind(text, 1, row);
                text.endRow();
                if (text.length() >= 1 << 16) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        int added = handle.createUpdate("INSERT INTO " + insert.table() + " (" + insert.columns() + ") SELECT "
                + insert.columns() + " FROM " + temp + " ON CONFLICT (workspace_id, source, external_id) DO NOTHING")
                .execute();
        handle.execute("TRUNCATE " + temp);
        return added;
    }

    private static void send(CopyIn copy, CopyText text) throws SQLException {
        byte[] bytes = text.take().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** A statement for {@code sql}; kept for the rest of the transaction when {@code keep}, else the caller closes it. */
    private PreparedStatement prepared(String sql, boolean keep) throws SQLException {
        PreparedStatement kept = statements.get(sql);
        if (kept != null) {
            return kept;
        }
        PreparedStatement statement = handle.getConnection().prepareStatement(sql);
        if (keep) {
            if (statements.isEmpty()) {
                handle.addCleanable(this::close);
            }
            statements.put(sql, statement);
        }
        return statement;
    }

    private void closeUnlessKept(PreparedStatement statement) throws SQLException {
        if (!statements.containsValue(statement)) {
            statement.close();
        }
    }

    private void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}
