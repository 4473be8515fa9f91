package app.fulcrum.storage;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.ActivitySeconds;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.ReportFacts.UncostedTime;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
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
 * Builds {@link ReportFacts} with one GROUP BY per fact kind ({@link FactSql}), filtered on the stored
 * workspace-local day ({@code local_day}, yyyymmdd) so neither database needs time-zone functions. Cost model:
 * one pass over the range's rows plus one Java object per output group; time arrives as at most streams × days
 * rows, customers only for the streams and months their readers need (see {@link ReportFacts#customers()}).
 */
final class FactQueries {
    private static final FactReader<TimeFact> TIME_FACT = (rs, days) -> new TimeFact(nullableLong(rs, 1),
            days.of(rs.getInt(2)), new ActivitySeconds(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
            rs.getLong(7), rs.getLong(8), rs.getLong(9)), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13));

    private static final FactReader<UncostedTime> UNCOSTED_TIME = (rs, days) -> new UncostedTime(rs.getLong(1),
            days.of(rs.getInt(2)), rs.getLong(3));

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
    private final Days days = new Days();

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
        List<Person> people = profile.people();
        List<Stream> streams = profile.streams();
        return new ReportFacts(workspace, profile.settings(), streams, people,
                list(FactSql.time(ownerId(people)), TIME_FACT, fromDay, toDay), uncostedTime(people, fromDay, toDay),
                list(FactSql.SALES, SALE_FACT, fromDay, toDay), list(FactSql.EXPENSES, EXPENSE_FACT, fromDay, toDay),
                customers(streams, fromDay, to), audience);
    }

    /** Every workspace has one owner; should it lack one, no id matches and all time counts as helpers'. */
    private static long ownerId(List<Person> people) {
        return people.stream().filter(Person::isOwner).mapToLong(Person::id).findFirst().orElse(-1);
    }

    /** Only helpers without a cost rate; no query at all when every helper has one. */
    private List<UncostedTime> uncostedTime(List<Person> people, int fromDay, int toDay) {
        List<Long> ids = people.stream().filter(p -> !p.isOwner() && p.costRatePerHour() == null).map(Person::id).toList();
        return ids.isEmpty() ? List.of() : list(FactSql.uncostedTimeOf(ids), UNCOSTED_TIME, fromDay, toDay);
    }

    /**
     * Every month of membership and rung-1 streams (memberships, distinct clients); of the others only what the
     * channel advice reads, from the start of the month {@link ReportFacts#CHANNEL_MONTHS} months before {@code to}.
     */
    private List<CustomerFact> customers(List<Stream> streams, int fromDay, LocalDate to) {
        List<Long> whole = streams.stream().filter(s -> s.kind() == StreamKind.MEMBERSHIP || s.kind().rung() == 1)
                .map(Stream::id).toList();
        List<CustomerFact> result = whole.isEmpty() ? new ArrayList<>()
                : list(FactSql.customersOf(whole), CUSTOMER_FACT, fromDay, LocalDays.toOrMax(to));
        int channelsFrom = to == null ? LocalDays.MIN
                : LocalDays.of(to.minusMonths(ReportFacts.CHANNEL_MONTHS).plusDays(1).withDayOfMonth(1));
        result.addAll(list(FactSql.channelCustomersBesides(whole), CUSTOMER_FACT, fromDay, LocalDays.toOrMax(to),
                channelsFrom));
        return result;
    }

    /** Plain JDBC on the handle's connection (inside its transaction): JDBI's per-row mapping doubled the cost. */
    private <T> List<T> list(String sql, FactReader<T> reader, int fromDay, int toDay, int... more) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            statement.setLong(1, workspace.id());
            statement.setInt(2, fromDay);
            statement.setInt(3, toDay);
            for (int i = 0; i < more.length; i++) {
                statement.setInt(4 + i, more[i]);
            }
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
