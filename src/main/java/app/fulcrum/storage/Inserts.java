package app.fulcrum.storage;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;

/**
 * One INSERT per table in its three forms (returning the generated id; many rows with explicit ids,
 * for restore; many rows skipping those whose (source, external id) is known), plus the binders that
 * set its parameters from a record, from 1-based position {@code at}. Binders write to plain JDBC
 * statements: at a million rows, JDBI's per-argument resolution cost more than the database did.
 * Shared SQL for both databases.
 */
record Inserts(String table, String columns) {
    static final Inserts STREAM = new Inserts("stream", "workspace_id, name, name_key, kind, list_price_minor, "
            + "list_price_currency, capacity_hours_per_week, capacity_seats, status");
    static final Inserts PERSON = new Inserts("person", "workspace_id, name, name_key, email, email_key, role, "
            + "cost_rate_minor, cost_rate_currency");
    static final Inserts TIME_ENTRY = new Inserts("time_entry", "workspace_id, person_id, stream_id, activity, start_ms, "
            + "duration_seconds, local_day, note, source, source_file, source_line, external_id");
    static final Inserts SALE = new Inserts("sale", "workspace_id, stream_id, at_ms, local_day, customer, gross_minor, "
            + "gross_currency, fee_minor, fee_currency, base_gross_minor, base_fee_minor, base_currency, is_refund, "
            + "refund_of, recurring, channel, source, source_file, source_line, external_id");
    static final Inserts EXPENSE = new Inserts("expense", "workspace_id, stream_id, category, amount_minor, "
            + "amount_currency, base_amount_minor, base_currency, local_day, note, source, source_file, source_line, "
            + "external_id");
    static final Inserts AUDIENCE = new Inserts("audience_snapshot", "workspace_id, local_day, list_size, buyers, "
            + "source, source_file, source_line, external_id");

    /**
     * Rows per multi-row INSERT: one statement per chunk is several times faster on PostgreSQL than a
     * JDBC batch of single-row statements, and its update count is exactly the rows inserted on both
     * databases. 1,000 rows of at most 21 columns stay under SQLite's 32,766 parameter limit.
     */
    static final int ROWS_PER_STATEMENT = 1_000;

    /** Sets one row's parameters starting at 1-based position {@code at}. */
    interface RowBinder<T> {
        void bind(Params params, int at, T row) throws SQLException;
    }

    String returningId() {
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + rows(1, count()) + " RETURNING id";
    }

    /** {@code rows} rows with explicit ids first, for restore. */
    String withIds(int rows) {
        return "INSERT INTO " + table + " (id, " + columns + ") VALUES " + rows(rows, count() + 1);
    }

    /** {@code rows} rows, skipping any whose (workspace, source, external id) is stored already. */
    String ifNew(int rows) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + rows(rows, count())
                + " ON CONFLICT (workspace_id, source, external_id) DO NOTHING";
    }

    int count() {
        return columns.split(",").length;
    }

    private static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    static String key(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    static void stream(Params st, int at, long workspaceId, Stream s) throws SQLException {
        st.setLong(at, workspaceId);
        st.setText(at + 1, s.name());
        st.setText(at + 2, key(s.name()));
        st.setText(at + 3, s.kind().name());
        money(st, at + 4, s.listPrice());
        st.setText(at + 6, s.capacityHoursPerWeek() == null ? null : s.capacityHoursPerWeek().toString());
        st.setInteger(at + 7, s.capacitySeats());
        st.setText(at + 8, s.status().name());
    }

    static void person(Params st, int at, long workspaceId, Person p) throws SQLException {
        st.setLong(at, workspaceId);
        st.setText(at + 1, p.name());
        st.setText(at + 2, key(p.name()));
        st.setText(at + 3, p.email());
        st.setText(at + 4, key(p.email()));
        st.setText(at + 5, p.role().name());
        money(st, at + 6, p.costRatePerHour());
    }

    static void time(Params st, int at, long workspaceId, ZoneId zone, TimeEntry e) throws SQLException {
        st.setLong(at, workspaceId);
        st.setLong(at + 1, e.personId());
        st.setBigint(at + 2, e.streamId());
        st.setText(at + 3, e.activity().name());
        st.setLong(at + 4, e.start().toEpochMilli());
        st.setLong(at + 5, e.durationSeconds());
        st.setInt(at + 6, LocalDays.of(e.start(), zone));
        st.setText(at + 7, e.note());
        provenance(st, at + 8, e.provenance());
    }

    static void sale(Params st, int at, long workspaceId, ZoneId zone, Sale s) throws SQLException {
        st.setLong(at, workspaceId);
        st.setLong(at + 1, s.streamId());
        st.setLong(at + 2, s.at().toEpochMilli());
        st.setInt(at + 3, LocalDays.of(s.at(), zone));
        st.setText(at + 4, s.customer());
        money(st, at + 5, s.gross());
        money(st, at + 7, s.fee());
        st.setLong(at + 9, s.baseGross().minor());
        st.setLong(at + 10, s.baseFee().minor());
        st.setText(at + 11, s.baseGross().currency().getCurrencyCode());
        st.setBoolean(at + 12, s.refund());
        st.setBigint(at + 13, s.refundOf());
        st.setBoolean(at + 14, s.recurring());
        st.setText(at + 15, s.channel());
        provenance(st, at + 16, s.provenance());
    }

    static void expense(Params st, int at, long workspaceId, Expense e) throws SQLException {
        st.setLong(at, workspaceId);
        st.setBigint(at + 1, e.streamId());
        st.setText(at + 2, e.category().name());
        money(st, at + 3, e.amount());
        money(st, at + 5, e.baseAmount());
        st.setInt(at + 7, LocalDays.of(e.date()));
        st.setText(at + 8, e.note());
        provenance(st, at + 9, e.provenance());
    }

    static void audience(Params st, int at, long workspaceId, AudienceSnapshot a) throws SQLException {
        st.setLong(at, workspaceId);
        st.setInt(at + 1, LocalDays.of(a.date()));
        st.setLong(at + 2, a.listSize());
        st.setBigint(at + 3, a.buyers());
        provenance(st, at + 4, a.provenance());
    }

    private static void money(Params st, int at, Money money) throws SQLException {
        st.setBigint(at, money == null ? null : money.minor());
        st.setText(at + 1, money == null ? null : money.currency().getCurrencyCode());
    }

    private static void provenance(Params st, int at, Provenance p) throws SQLException {
        st.setText(at, p.source());
        st.setText(at + 1, p.file());
        st.setInteger(at + 2, p.line());
        st.setText(at + 3, p.externalId());
    }
}
