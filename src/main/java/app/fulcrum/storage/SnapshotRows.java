package app.fulcrum.storage;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.SQLException;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;

/**
 * Every row of one workspace out (ordered by id), and back in with the same ids, for export and
 * restore. Restore deletes the workspace's rows children-first, then inserts parents-first; refunds
 * point at sales through a deferred foreign key, so their order within the table does not matter.
 */
final class SnapshotRows {
    private static final List<String> CHILDREN_FIRST = List.of("time_entry", "sale", "expense", "audience_snapshot",
            "fx_rate", "setting", "person", "stream");
    private static final List<String> WITH_IDS = List.of("stream", "person", "time_entry", "sale", "expense",
            "audience_snapshot");

    private final Handle handle;
    private final long workspaceId;
    private final Vendor vendor;

    SnapshotRows(Handle handle, long workspaceId, Vendor vendor) {
        this.handle = handle;
        this.workspaceId = workspaceId;
        this.vendor = vendor;
    }

    WorkspaceSnapshot snapshot(ProfileRows profile) {
        Workspace workspace = ProfileRows.findWorkspace(handle, workspaceId).orElseThrow();
        return new WorkspaceSnapshot(WorkspaceSnapshot.FORMAT_VERSION, workspace, profile.settings(),
                all("stream", RowMappers.STREAM_COLUMNS, RowMappers.STREAM, "id"),
                all("person", RowMappers.PERSON_COLUMNS, RowMappers.PERSON, "id"),
                all("time_entry", RowMappers.TIME_COLUMNS, RowMappers.TIME_ENTRY, "id"),
                all("sale", RowMappers.SALE_COLUMNS, RowMappers.SALE, "id"),
                all("expense", RowMappers.EXPENSE_COLUMNS, RowMappers.EXPENSE, "id"),
                all("audience_snapshot", RowMappers.AUDIENCE_COLUMNS, RowMappers.AUDIENCE, "id"),
                all("fx_rate", RowMappers.FX_COLUMNS, RowMappers.FX_RATE, "currency, local_day"));
    }

    private <T> List<T> all(String table, String columns, RowMapper<T> mapper, String order) {
        return handle.createQuery("SELECT " + columns + " FROM " + table + " WHERE workspace_id = ? ORDER BY " + order)
                .bind(0, workspaceId).setFetchSize(10_000).map(mapper).list();
    }

    /**
     * Replaces the workspace's rows (and its name, currency and zone) with the snapshot's. Ids are kept
     * unless another workspace of this database already uses some of them (a backup restored into a
     * shared instance); then that table's ids are shifted above every id in use, references included.
     */
    void restore(WorkspaceSnapshot original) {
        for (String table : CHILDREN_FIRST) {
            handle.createUpdate("DELETE FROM " + table + " WHERE workspace_id = ?").bind(0, workspaceId).execute();
        }
        WorkspaceSnapshot s = new SnapshotIds(
                shift("stream", original.streams().stream().mapToLong(Stream::id)),
                shift("person", original.people().stream().mapToLong(Person::id)),
                shift("time_entry", original.timeEntries().stream().mapToLong(TimeEntry::id)),
                shift("sale", original.sales().stream().mapToLong(Sale::id)),
                shift("expense", original.expenses().stream().mapToLong(Expense::id)),
                shift("audience_snapshot", original.audience().stream().mapToLong(AudienceSnapshot::id)))
                .apply(original);
        Workspace target = new Workspace(workspaceId, s.workspace().name(), s.workspace().currency(), s.workspace().zone());
        handle.createUpdate("UPDATE workspace SET name = ?, currency = ?, zone = ? WHERE id = ?")
                .bind(0, target.name()).bind(1, target.currency().getCurrencyCode()).bind(2, target.zone().getId())
                .bind(3, workspaceId).execute();
        ProfileRows profile = new ProfileRows(handle, target);
        s.settings().values().forEach(profile::putSetting);
        insert(Inserts.STREAM, s.streams(), (u, at, x) -> Inserts.stream(withId(u, at, x.id()), at + 1, workspaceId, x));
        insert(Inserts.PERSON, s.people(), (u, at, x) -> Inserts.person(withId(u, at, x.id()), at + 1, workspaceId, x));
        insert(Inserts.TIME_ENTRY, s.timeEntries(),
                (u, at, x) -> Inserts.time(withId(u, at, x.id()), at + 1, workspaceId, target.zone(), x));
        insert(Inserts.SALE, s.sales(),
                (u, at, x) -> Inserts.sale(withId(u, at, x.id()), at + 1, workspaceId, target.zone(), x));
        insert(Inserts.EXPENSE, s.expenses(), (u, at, x) -> Inserts.expense(withId(u, at, x.id()), at + 1, workspaceId, x));
        insert(Inserts.AUDIENCE, s.audience(),
                (u, at, x) -> Inserts.audience(withId(u, at, x.id()), at + 1, workspaceId, x));
        LedgerRows ledger = new LedgerRows(handle, target, new NewRows(handle, vendor, workspaceId));
        s.fxRates().forEach(ledger::putFxRate);
        vendor.resetIdSequences(handle, WITH_IDS);
    }

    /** 0 when none of {@code ids} is used by another workspace, else the table's highest id in use. */
    private long shift(String table, LongStream ids) {
        LongSummaryStatistics range = ids.summaryStatistics();
        if (range.getCount() == 0) {
            return 0;
        }
        boolean taken = handle.createQuery("SELECT COUNT(*) FROM " + table
                        + " WHERE workspace_id <> ? AND id BETWEEN ? AND ?")
                .bind(0, workspaceId).bind(1, range.getMin()).bind(2, range.getMax()).mapTo(Long.class).one() > 0;
        return taken ? handle.createQuery("SELECT MAX(id) FROM " + table).mapTo(Long.class).one() : 0;
    }

    private <T> void insert(Inserts insert, List<T> rows, Inserts.RowBinder<T> binder) {
        Writes.insertAll(handle, insert.table(), rows, insert::withIds, insert.count() + 1, binder);
    }

    private static Params withId(Params params, int at, long id) throws SQLException {
        params.setLong(at, id);
        return params;
    }
}
