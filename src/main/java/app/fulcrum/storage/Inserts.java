package app.fulcrum.storage;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;

/**
 * One INSERT per table in its three forms (returning the generated id, with an explicit id for
 * restore, and skipping rows whose (source, external id) is known), plus the binders that fill its
 * parameters from a record, positionally from {@code at}. Shared SQL for both databases.
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

    String returningId() {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks(count()) + ") RETURNING id";
    }

    String withId() {
        return "INSERT INTO " + table + " (id, " + columns + ") VALUES (" + marks(count() + 1) + ")";
    }

    String ifNew() {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks(count())
                + ") ON CONFLICT (workspace_id, source, external_id) DO NOTHING";
    }

    private int count() {
        return columns.split(",").length;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static String key(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    static <S extends SqlStatement<S>> S stream(S st, int at, long workspaceId, Stream s) {
        st.bind(at, workspaceId).bind(at + 1, s.name()).bind(at + 2, key(s.name())).bind(at + 3, s.kind().name());
        money(st, at + 4, s.listPrice());
        return st.bind(at + 6, s.capacityHoursPerWeek() == null ? null : s.capacityHoursPerWeek().toString())
                .bind(at + 7, s.capacitySeats()).bind(at + 8, s.status().name());
    }

    static <S extends SqlStatement<S>> S person(S st, int at, long workspaceId, Person p) {
        st.bind(at, workspaceId).bind(at + 1, p.name()).bind(at + 2, key(p.name())).bind(at + 3, p.email())
                .bind(at + 4, key(p.email())).bind(at + 5, p.role().name());
        return money(st, at + 6, p.costRatePerHour());
    }

    static <S extends SqlStatement<S>> S time(S st, int at, long workspaceId, ZoneId zone, TimeEntry e) {
        st.bind(at, workspaceId).bind(at + 1, e.personId()).bind(at + 2, e.streamId())
                .bind(at + 3, e.activity().name()).bind(at + 4, e.start().toEpochMilli())
                .bind(at + 5, e.durationSeconds()).bind(at + 6, LocalDays.of(e.start(), zone)).bind(at + 7, e.note());
        return provenance(st, at + 8, e.provenance());
    }

    static <S extends SqlStatement<S>> S sale(S st, int at, long workspaceId, ZoneId zone, Sale s) {
        st.bind(at, workspaceId).bind(at + 1, s.streamId()).bind(at + 2, s.at().toEpochMilli())
                .bind(at + 3, LocalDays.of(s.at(), zone)).bind(at + 4, s.customer());
        money(st, at + 5, s.gross());
        money(st, at + 7, s.fee());
        st.bind(at + 9, s.baseGross().minor()).bind(at + 10, s.baseFee().minor())
                .bind(at + 11, s.baseGross().currency().getCurrencyCode()).bind(at + 12, s.refund())
                .bind(at + 13, s.refundOf()).bind(at + 14, s.recurring()).bind(at + 15, s.channel());
        return provenance(st, at + 16, s.provenance());
    }

    static <S extends SqlStatement<S>> S expense(S st, int at, long workspaceId, Expense e) {
        st.bind(at, workspaceId).bind(at + 1, e.streamId()).bind(at + 2, e.category().name());
        money(st, at + 3, e.amount());
        money(st, at + 5, e.baseAmount());
        st.bind(at + 7, LocalDays.of(e.date())).bind(at + 8, e.note());
        return provenance(st, at + 9, e.provenance());
    }

    static <S extends SqlStatement<S>> S audience(S st, int at, long workspaceId, AudienceSnapshot a) {
        st.bind(at, workspaceId).bind(at + 1, LocalDays.of(a.date())).bind(at + 2, a.listSize()).bind(at + 3, a.buyers());
        return provenance(st, at + 4, a.provenance());
    }

    private static <S extends SqlStatement<S>> S money(S st, int at, Money money) {
        return st.bind(at, money == null ? null : money.minor())
                .bind(at + 1, money == null ? null : money.currency().getCurrencyCode());
    }

    private static <S extends SqlStatement<S>> S provenance(S st, int at, Provenance p) {
        return st.bind(at, p.source()).bind(at + 1, p.file()).bind(at + 2, p.line()).bind(at + 3, p.externalId());
    }
}
