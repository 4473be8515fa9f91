package app.fulcrum.storage;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ReportFacts} with one GROUP BY per fact kind, filtered on the stored workspace-local
 * day ({@code local_day}, yyyymmdd) so neither database needs time-zone functions. On SQLite the time,
 * sale and customer queries each read one covering index ({@code time_entry_facts}, {@code sale_facts},
 * {@code sale_customers}) in GROUP BY order, with no sort; PostgreSQL hash-aggregates in 64 MB of
 * work memory. Cost model: one pass over the range's rows plus one Java object per output group,
 * so the number of groups (up to streams × people × activities per day) dominates at scale.
 */
final class FactQueries {
    private static final String TIME = "SELECT local_day, stream_id, person_id, activity, SUM(duration_seconds) AS seconds"
            + " FROM time_entry WHERE workspace_id = ? AND local_day BETWEEN ? AND ?"
            + " GROUP BY local_day, stream_id, person_id, activity";

    private static final String SALES = "SELECT local_day, stream_id,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE base_gross_minor END) AS gross,"
            + " SUM(CASE WHEN is_refund THEN base_gross_minor ELSE 0 END) AS refunds,"
            + " SUM(base_fee_minor) AS fees,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE 1 END) AS sales_count,"
            + " SUM(CASE WHEN is_refund THEN 1 ELSE 0 END) AS refunds_count,"
            + " SUM(CASE WHEN recurring AND NOT is_refund THEN 1 ELSE 0 END) AS recurring_count"
            + " FROM sale WHERE workspace_id = ? AND local_day BETWEEN ? AND ?"
            + " GROUP BY local_day, stream_id";

    private static final String EXPENSES = "SELECT local_day, stream_id, category, SUM(base_amount_minor) AS amount"
            + " FROM expense WHERE workspace_id = ? AND local_day BETWEEN ? AND ?"
            + " GROUP BY local_day, stream_id, category";

    /**
     * The channel of a customer's first sale in the month is an arg-min: the smallest of
     * "at_ms (fixed width) : channel" over the month's sales. The instant is offset by 10^13 ms so every
     * instant from 1653 to 2286 has 14 digits and text order is time order. This avoids a window
     * function, whose sort doubled the query's cost on both databases.
     */
    private static final String CUSTOMERS = "SELECT stream_id, customer, local_day / 100 * 100 + 1 AS month_day,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE 1 END) AS sales_count,"
            + " SUM(CASE WHEN recurring AND NOT is_refund THEN 1 ELSE 0 END) AS recurring_count,"
            + " SUM(CASE WHEN is_refund THEN -base_gross_minor ELSE base_gross_minor END - base_fee_minor) AS net,"
            + " MIN(CASE WHEN NOT is_refund THEN CAST(at_ms + 10000000000000 AS TEXT) || ':' || COALESCE(channel, '') END)"
            + " AS first_sale"
            + " FROM sale WHERE workspace_id = ? AND customer IS NOT NULL AND local_day BETWEEN ? AND ?"
            + " GROUP BY stream_id, customer, local_day / 100";

    private static final FactReader<TimeFact> TIME_FACT = (rs, days) -> new TimeFact(nullableLong(rs, 2),
            rs.getLong(3), Activity.valueOf(rs.getString(4)), days.of(rs.getInt(1)), rs.getLong(5));

    private static final FactReader<SaleFact> SALE_FACT = (rs, days) -> new SaleFact(rs.getLong(2),
            days.of(rs.getInt(1)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));

    private static final FactReader<ExpenseFact> EXPENSE_FACT = (rs, days) -> new ExpenseFact(nullableLong(rs, 2),
            ExpenseCategory.valueOf(rs.getString(3)), days.of(rs.getInt(1)), rs.getLong(4));

    private static final FactReader<CustomerFact> CUSTOMER_FACT = (rs, days) -> new CustomerFact(rs.getLong(1),
            rs.getString(2), days.of(rs.getInt(3)), rs.getInt(4), rs.getInt(5), rs.getLong(6), channel(rs.getString(7)));

    /** One fact from the current row, by column position (name lookups cost a third of a million-row read). */
    private interface FactReader<T> {
        T read(ResultSet rs, Days days) throws SQLException;
    }

    /** yyyymmdd → LocalDate, each distinct day built once per facts() call. */
    private static final class Days {
        private final Map<Integer, LocalDate> dates = new HashMap<>();

        LocalDate of(int yyyymmdd) {
            return dates.computeIfAbsent(yyyymmdd, LocalDays::toDate);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The channel part of "instant:channel"; none when the month had only refunds or the sale had no channel. */
    private static String channel(String firstSale) {
        if (firstSale == null || firstSale.length() <= 15) {
            return null;
        }
        return firstSale.substring(15);
    }

    private final Handle handle;
    private final Workspace workspace;

    FactQueries(Handle handle, Workspace workspace) {
        this.handle = handle;
        this.workspace = workspace;
    }

    ReportFacts facts(LocalDate from, LocalDate to, ProfileRows profile, Vendor vendor) {
        vendor.prepareForAggregates(handle);
        int fromDay = LocalDays.fromOrMin(from);
        int toDay = LocalDays.toOrMax(to);
        var audience = handle.createQuery("SELECT " + RowMappers.AUDIENCE_COLUMNS + " FROM audience_snapshot"
                        + " WHERE workspace_id = ? AND local_day BETWEEN ? AND ? ORDER BY local_day, id")
                .bind(0, workspace.id()).bind(1, fromDay).bind(2, toDay).map(RowMappers.AUDIENCE).list();
        Days days = new Days();
        return new ReportFacts(workspace, profile.settings(), profile.streams(), profile.people(),
                list(TIME, TIME_FACT, fromDay, toDay, days), list(SALES, SALE_FACT, fromDay, toDay, days),
                list(EXPENSES, EXPENSE_FACT, fromDay, toDay, days),
                list(CUSTOMERS, CUSTOMER_FACT, fromDay, toDay, days), audience);
    }

    /** Plain JDBC on the handle's connection (inside its transaction): JDBI's per-row mapping doubled the cost. */
    private <T> List<T> list(String sql, FactReader<T> reader, int fromDay, int toDay, Days days) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            statement.setLong(1, workspace.id());
            statement.setInt(2, fromDay);
            statement.setInt(3, toDay);
            statement.setFetchSize(10_000);
            List<T> facts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    facts.add(reader.read(rs, days));
                }
            }
            return facts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading report facts failed: " + e.getMessage(), e);
        }
    }
}
