package app.fulcrum.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report, the ladder or the planner needs, already aggregated by day in the workspace's
 * time zone and converted to the base currency (minor units). Storage builds it with GROUP BY so a
 * report over a million time entries reads tens of thousands of rows, not a million.
 *
 * @param time      seconds per (stream or null for overhead, person, activity, local day)
 * @param sales     money per (stream, local day): gross of sales, refunds (dated on their own day), fees
 * @param expenses  per (stream or null for shared, category, day)
 * @param customers per (stream, customer, local month start day): sales count and net, for distinct
 *                  clients, cohorts and memberships; sales without a customer reference are left out
 */
public record ReportFacts(Workspace workspace, Settings settings, List<Stream> streams, List<Person> people,
                          List<TimeFact> time, List<SaleFact> sales, List<ExpenseFact> expenses,
                          List<CustomerFact> customers, List<AudienceSnapshot> audience) {

    public ReportFacts {
        streams = List.copyOf(streams);
        people = List.copyOf(people);
        time = List.copyOf(time);
        sales = List.copyOf(sales);
        expenses = List.copyOf(expenses);
        customers = List.copyOf(customers);
        audience = List.copyOf(audience);
    }

    /** Seconds one person spent on one stream (null = overhead) and activity on one local day. */
    public record TimeFact(Long streamId, long personId, Activity activity, LocalDate day, long seconds) {
    }

    /**
     * One stream's money on one local day, base currency minor units. {@code grossMinor} and
     * {@code salesCount} cover sales, {@code refundsMinor}/{@code refundsCount} refunds dated that day,
     * {@code feesMinor} the fees of both (a refund's returned fee is negative), {@code recurringCount}
     * the sales flagged recurring.
     */
    public record SaleFact(long streamId, LocalDate day, long grossMinor, long refundsMinor, long feesMinor,
                           int salesCount, int refundsCount, int recurringCount) {
    }

    public record ExpenseFact(Long streamId, ExpenseCategory category, LocalDate day, long amountMinor) {
    }

    /**
     * One customer's purchases from one stream within one local month ({@code month} = first day).
     * {@code channel} is the acquisition source of their first sale that month (null when unknown).
     */
    public record CustomerFact(long streamId, String customer, LocalDate month, int salesCount, int recurringCount,
                               long netMinor, String channel) {
    }
}
