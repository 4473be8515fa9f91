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
 * <p>Design (measured with bench/import.sh and {@code demo --scale 100}, 1 M Toggl rows; figures in
 * bench/README.md):
 * <ul>
 * <li><b>SQLite asks before writing.</b> Rows go in chunks of {@link Inserts#ROWS_PER_STATEMENT}. While a
 * table is "probing", a chunk first costs one {@code SELECT COUNT(*) … external_id IN (…)} on the unique
 * (workspace_id, source, external_id) index. If the count equals the chunk size every row is known (the
 * index makes stored ids distinct, so n matches cover all n ids) and the chunk is not sent: a re-import
 * binds one value per row instead of twelve to twenty (re-import 9.8 s → 7.8 s). A count of 0 stops
 * probing, so a fresh import pays one probe per transaction and table; a write that meets known rows
 * starts it again. ON CONFLICT DO NOTHING still decides what is stored; the probe only saves work.</li>
 * <li><b>SQLite</b> writes each chunk with one multi-row INSERT, the full-size statement prepared once
 * per transaction instead of once per call.</li>
 * <li><b>PostgreSQL</b> streams the rows to a temporary table with COPY (text format, {@link CopyText};
 * the server parses it on its own core while Java maps the next rows) and moves them with one
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING}, whose update count is the rows that were new. The
 * table lives until the transaction ends (ON COMMIT DROP) and is emptied after each call. Import 30 s →
 * 16–19 s, re-import 25 s → 12–13 s. It does not probe: an {@code = ANY(?)} probe was no cheaper than the
 * conflict check (re-import 16.7 s), and on a table that grew since its last ANALYZE (the generated
 * workspace, written month by month) the planner scanned every row of the source per probe (demo 16 s →
 * 36 s). reWriteBatchedInserts was not used: its update counts are not rows inserted.</li>
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
                boolean ask = vendor == Vendor.SQLITE && !notProbing.contains(insert.table());
                long known = ask ? countKnown(insert.table(), chunk, provenance) : -1;
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

    /** How many of the chunk's rows are stored (SQLite), or -1 when it cannot be asked (mixed sources, an id missing). */
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
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND source = ? AND external_id IN ("
                + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
        PreparedStatement count = prepared(sql, ids.length == Inserts.ROWS_PER_STATEMENT);
        count.setLong(1, workspaceId);
        count.setString(2, source);
        for (int i = 0; i < ids.length; i++) {
            count.setString(3 + i, ids[i]);
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
