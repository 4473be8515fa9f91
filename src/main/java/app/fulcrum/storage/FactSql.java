package app.fulcrum.storage;

import app.fulcrum.domain.Activity;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The SQL of {@link FactQueries}, shared by SQLite and PostgreSQL. Every query takes the workspace id and the
 * first and last {@code local_day} as its first three parameters.
 *
 * <p>Design note. Time is pivoted in the database: one conditional aggregation per (local day, stream) over
 * {@code time_entry} joined to its {@code person}, so a million entries become at most streams × days rows.
 * On SQLite it reads the covering index {@code time_entry_facts} (workspace_id, local_day, stream_id, ...) in
 * GROUP BY order with one rowid lookup of the person per entry, no sort; PostgreSQL hash-joins the few people
 * and hash-aggregates. Each column is an aggregate FILTER (SQLite 3.30+, PostgreSQL 9.4+), which on SQLite
 * costs a third less than the same SUM(CASE ...). Helper cost is {@code SUM(seconds × cost_rate_minor)}:
 * exact integers, divided by 3600 only when shown.
 */
final class FactSql {
    private static final String RANGE = " WHERE t.workspace_id = ? AND t.local_day BETWEEN ? AND ?";

    /**
     * stream_id, local_day, owner seconds per activity (enum order), helper seconds, delivery, cost ×3600, uncosted;
     * a column with no matching entry is NULL (read as 0). The owner is told apart by id (a long from the profile,
     * inlined): an integer compare is cheaper than comparing {@code person.role} text on every entry.
     */
    static String time(long ownerId) {
        String owner = "t.person_id = " + ownerId;
        String helper = "t.person_id <> " + ownerId;
        return "SELECT t.stream_id, t.local_day, "
                + Arrays.stream(Activity.values()).map(a -> "SUM(t.duration_seconds) FILTER (WHERE t.activity = '"
                        + a.name() + "' AND " + owner + "), ").collect(Collectors.joining())
                + "SUM(t.duration_seconds) FILTER (WHERE " + helper + "),"
                + " SUM(t.duration_seconds) FILTER (WHERE " + helper + " AND t.activity = 'DELIVERY'),"
                + " SUM(t.duration_seconds * p.cost_rate_minor) FILTER (WHERE " + helper + "),"
                + " SUM(t.duration_seconds) FILTER (WHERE " + helper + " AND p.cost_rate_minor IS NULL)"
                // a LEFT JOIN: should a person row be missing, their time still counts, as a helper without a rate
                + " FROM time_entry t LEFT JOIN person p ON p.id = t.person_id" + RANGE
                + " GROUP BY t.local_day, t.stream_id";
    }

    static final String SALES = "SELECT local_day, stream_id,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE base_gross_minor END) AS gross,"
            + " SUM(CASE WHEN is_refund THEN base_gross_minor ELSE 0 END) AS refunds,"
            + " SUM(base_fee_minor) AS fees,"
            + " SUM(CASE WHEN is_refund THEN 0 ELSE 1 END) AS sales_count,"
            + " SUM(CASE WHEN is_refund THEN 1 ELSE 0 END) AS refunds_count,"
            + " SUM(CASE WHEN recurring AND NOT is_refund THEN 1 ELSE 0 END) AS recurring_count"
            + " FROM sale WHERE workspace_id = ? AND local_day BETWEEN ? AND ?"
            + " GROUP BY local_day, stream_id";

    static final String EXPENSES = "SELECT local_day, stream_id, category, SUM(base_amount_minor) AS amount"
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
            + " FROM sale WHERE workspace_id = ? AND customer IS NOT NULL AND local_day BETWEEN ? AND ?";
    private static final String CUSTOMER_GROUPS = " GROUP BY stream_id, customer, local_day / 100";

    /** Every customer month of the given streams (at least one id). */
    static String customersOf(Collection<Long> streamIds) {
        return CUSTOMERS + " AND stream_id IN (" + ids(streamIds) + ")" + CUSTOMER_GROUPS;
    }

    /**
     * Customer months of all but the given streams from the fourth parameter's day on, only those with a
     * positive net whose first sale names a channel (the ladder's channel advice reads no others).
     */
    static String channelCustomersBesides(Collection<Long> streamIds) {
        return CUSTOMERS + (streamIds.isEmpty() ? "" : " AND stream_id NOT IN (" + ids(streamIds) + ")")
                + " AND local_day >= ?" + CUSTOMER_GROUPS
                + " HAVING SUM(CASE WHEN is_refund THEN -base_gross_minor ELSE base_gross_minor END - base_fee_minor) > 0"
                + " AND LENGTH(MIN(CASE WHEN NOT is_refund THEN CAST(at_ms + 10000000000000 AS TEXT) || ':'"
                + " || COALESCE(channel, '') END)) > 15";
    }

    /** person_id, local_day, seconds of the given people (helpers without a cost rate; at least one id). */
    static String uncostedTimeOf(Collection<Long> personIds) {
        return "SELECT t.person_id, t.local_day, SUM(t.duration_seconds) FROM time_entry t" + RANGE
                + " AND t.person_id IN (" + ids(personIds) + ") GROUP BY t.person_id, t.local_day";
    }

    /** Ids are longs from the profile, so inlining them cannot inject anything. */
    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private FactSql() {
    }
}
