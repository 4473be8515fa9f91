package app.fulcrum.storage;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.mapper.RowMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Rows to domain records, by column name. Each mapper expects the column list named next to it, which
 * the stores select. Instants are read as epoch millis and days as yyyymmdd integers, never via the
 * driver's date types (sqlite-jdbc cannot read back an Instant it wrote).
 */
final class RowMappers {
    static final String WORKSPACE_COLUMNS = "id, name, currency, zone";
    static final String STREAM_COLUMNS = "id, name, kind, list_price_minor, list_price_currency, "
            + "capacity_hours_per_week, capacity_seats, status";
    static final String PERSON_COLUMNS = "id, name, email, role, cost_rate_minor, cost_rate_currency";
    static final String PROVENANCE_COLUMNS = "source, source_file, source_line, external_id";
    static final String TIME_COLUMNS = "id, person_id, stream_id, activity, start_ms, duration_seconds, note, "
            + PROVENANCE_COLUMNS;
    static final String SALE_COLUMNS = "id, stream_id, at_ms, customer, gross_minor, gross_currency, fee_minor, "
            + "fee_currency, base_gross_minor, base_fee_minor, base_currency, is_refund, refund_of, recurring, channel, "
            + PROVENANCE_COLUMNS;
    static final String EXPENSE_COLUMNS = "id, stream_id, category, amount_minor, amount_currency, base_amount_minor, "
            + "base_currency, local_day, note, " + PROVENANCE_COLUMNS;
    static final String AUDIENCE_COLUMNS = "id, local_day, list_size, buyers, " + PROVENANCE_COLUMNS;
    static final String FX_COLUMNS = "local_day, currency, rate";

    static final RowMapper<Workspace> WORKSPACE = (rs, ctx) -> new Workspace(rs.getLong("id"), rs.getString("name"),
            Currency.getInstance(rs.getString("currency")), ZoneId.of(rs.getString("zone")));

    static final RowMapper<Stream> STREAM = (rs, ctx) -> new Stream(rs.getLong("id"), rs.getString("name"),
            StreamKind.valueOf(rs.getString("kind")), money(rs, "list_price_minor", "list_price_currency"),
            decimal(rs.getString("capacity_hours_per_week")), nullableInt(rs, "capacity_seats"),
            StreamStatus.valueOf(rs.getString("status")));

    static final RowMapper<Person> PERSON = (rs, ctx) -> new Person(rs.getLong("id"), rs.getString("name"),
            rs.getString("email"), PersonRole.valueOf(rs.getString("role")),
            money(rs, "cost_rate_minor", "cost_rate_currency"));

    static final RowMapper<TimeEntry> TIME_ENTRY = (rs, ctx) -> new TimeEntry(rs.getLong("id"), rs.getLong("person_id"),
            nullableLong(rs, "stream_id"), Activity.valueOf(rs.getString("activity")),
            Instant.ofEpochMilli(rs.getLong("start_ms")), rs.getLong("duration_seconds"), rs.getString("note"),
            provenance(rs));

    static final RowMapper<Sale> SALE = (rs, ctx) -> new Sale(rs.getLong("id"), rs.getLong("stream_id"),
            Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("customer"),
            money(rs, "gross_minor", "gross_currency"), money(rs, "fee_minor", "fee_currency"),
            money(rs, "base_gross_minor", "base_currency"), money(rs, "base_fee_minor", "base_currency"),
            rs.getBoolean("is_refund"), nullableLong(rs, "refund_of"), rs.getBoolean("recurring"),
            rs.getString("channel"), provenance(rs));

    static final RowMapper<Expense> EXPENSE = (rs, ctx) -> new Expense(rs.getLong("id"), nullableLong(rs, "stream_id"),
            ExpenseCategory.valueOf(rs.getString("category")), money(rs, "amount_minor", "amount_currency"),
            money(rs, "base_amount_minor", "base_currency"), LocalDays.toDate(rs.getInt("local_day")),
            rs.getString("note"), provenance(rs));

    static final RowMapper<AudienceSnapshot> AUDIENCE = (rs, ctx) -> new AudienceSnapshot(rs.getLong("id"),
            LocalDays.toDate(rs.getInt("local_day")), rs.getLong("list_size"), nullableLong(rs, "buyers"),
            provenance(rs));

    static final RowMapper<FxRate> FX_RATE = (rs, ctx) -> new FxRate(LocalDays.toDate(rs.getInt("local_day")),
            Currency.getInstance(rs.getString("currency")), new BigDecimal(rs.getString("rate")));

    private RowMappers() {
    }

    static Provenance provenance(ResultSet rs) throws SQLException {
        return new Provenance(rs.getString("source"), rs.getString("source_file"), nullableInt(rs, "source_line"),
                rs.getString("external_id"));
    }

    static Money money(ResultSet rs, String minorColumn, String currencyColumn) throws SQLException {
        long minor = rs.getLong(minorColumn);
        return rs.wasNull() ? null : new Money(minor, Currency.getInstance(rs.getString(currencyColumn)));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
