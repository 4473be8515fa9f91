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
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;

/**
 * Builds {@link ReportFacts} with one GROUP BY per fact kind, filtered on the stored workspace-local
 * day ({@code local_day}, yyyymmdd) so neither database needs time-zone functions. The time and sale
 * queries read only the covering indexes {@code time_entry_facts} and {@code sale_facts}, in index
 * order.
 */
final class FactQueries {
    private static final String TIME = "SELECT local_day, stream_id, person_id, activity, SUM(duration_seconds) AS seconds"
            + " FROM time_entry WHERE workspace_id = :ws AND local_day BETWEEN :from AND :to"
            + " GROUP BY local_day, stream_id, person_id, activity";

    private static final String SALES = "SELECT local_day, stream_id,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE base_gross_minor END) AS gross,"
            + " SUM(CASE WHEN is_refund THEN base_gross_minor ELSE 0 END) AS refunds,"
            + " SUM(base_fee_minor) AS fees,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE 1 END) AS sales_count,"
            + " SUM(CASE WHEN is_refund THEN 1 ELSE 0 END) AS refunds_count,"
            + " SUM(CASE WHEN recurring AND NOT is_refund THEN 1 ELSE 0 END) AS recurring_count"
            + " FROM sale WHERE workspace_id = :ws AND local_day BETWEEN :from AND :to"
            + " GROUP BY local_day, stream_id";

    private static final String EXPENSES = "SELECT local_day, stream_id, category, SUM(base_amount_minor) AS amount"
            + " FROM expense WHERE workspace_id = :ws AND local_day BETWEEN :from AND :to"
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
            + " FROM sale WHERE workspace_id = :ws AND customer IS NOT NULL AND local_day BETWEEN :from AND :to"
            + " GROUP BY stream_id, customer, local_day / 100";

    private static final RowMapper<TimeFact> TIME_FACT = (rs, ctx) -> new TimeFact(RowMappers.nullableLong(rs, "stream_id"),
            rs.getLong("person_id"), Activity.valueOf(rs.getString("activity")), LocalDays.toDate(rs.getInt("local_day")),
            rs.getLong("seconds"));

    private static final RowMapper<SaleFact> SALE_FACT = (rs, ctx) -> new SaleFact(rs.getLong("stream_id"),
            LocalDays.toDate(rs.getInt("local_day")), rs.getLong("gross"), rs.getLong("refunds"), rs.getLong("fees"),
            rs.getInt("sales_count"), rs.getInt("refunds_count"), rs.getInt("recurring_count"));

    private static final RowMapper<ExpenseFact> EXPENSE_FACT = (rs, ctx) -> new ExpenseFact(
            RowMappers.nullableLong(rs, "stream_id"), ExpenseCategory.valueOf(rs.getString("category")),
            LocalDays.toDate(rs.getInt("local_day")), rs.getLong("amount"));

    private static final RowMapper<CustomerFact> CUSTOMER_FACT = (rs, ctx) -> new CustomerFact(rs.getLong("stream_id"),
            rs.getString("customer"), LocalDays.toDate(rs.getInt("month_day")), rs.getInt("sales_count"),
            rs.getInt("recurring_count"), rs.getLong("net"), channel(rs.getString("first_sale")));

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

    ReportFacts facts(java.time.LocalDate from, java.time.LocalDate to, ProfileRows profile, Vendor vendor) {
        vendor.prepareForAggregates(handle);
        int fromDay = LocalDays.fromOrMin(from);
        int toDay = LocalDays.toOrMax(to);
        var audience = handle.createQuery("SELECT " + RowMappers.AUDIENCE_COLUMNS + " FROM audience_snapshot"
                        + " WHERE workspace_id = :ws AND local_day BETWEEN :from AND :to ORDER BY local_day, id")
                .bind("ws", workspace.id()).bind("from", fromDay).bind("to", toDay).map(RowMappers.AUDIENCE).list();
        return new ReportFacts(workspace, profile.settings(), profile.streams(), profile.people(),
                list(TIME, TIME_FACT, fromDay, toDay), list(SALES, SALE_FACT, fromDay, toDay),
                list(EXPENSES, EXPENSE_FACT, fromDay, toDay), list(CUSTOMERS, CUSTOMER_FACT, fromDay, toDay), audience);
    }

    private <T> List<T> list(String sql, RowMapper<T> mapper, int fromDay, int toDay) {
        return handle.createQuery(sql).bind("ws", workspace.id()).bind("from", fromDay).bind("to", toDay)
                .setFetchSize(10_000).map(mapper).list();
    }
}
