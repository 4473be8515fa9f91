package app.fulcrum.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report, the ladder or the planner needs, already aggregated by day in the workspace's
 * time zone and converted to the base currency (minor units). Storage builds it with GROUP BY so a
 * report over a million time entries reads tens of thousands of rows, not a million.
 *
 * @param time         one row per (stream or null for overhead, local day): owner seconds per activity,
 *                     helper seconds, helper delivery, helper cost; at most streams × days rows
 * @param uncostedTime seconds per (helper without a cost rate, local day), for the report's warning
 *                     that names them; empty when every helper has a rate
 * @param sales        money per (stream, local day): gross of sales, refunds (dated on their own day), fees
 * @param expenses     per (stream or null for shared, category, day)
 * @param customers    per (stream, customer, local month start day): sales count and net, for memberships,
 *                     distinct clients and the ladder's channel advice. Only what those read is included:
 *                     every month of membership and rung-1 (one-on-one, retainer) streams; of other streams
 *                     only months with a channel and a positive net within the {@link #CHANNEL_MONTHS}
 *                     months ending on the facts' last day. Sales without a customer reference are left out.
 */
public record ReportFacts(Workspace workspace, Settings settings, List<Stream> streams, List<Person> people,
                          List<TimeFact> time, List<UncostedTime> uncostedTime, List<SaleFact> sales,
                          List<ExpenseFact> expenses, List<CustomerFact> customers, List<AudienceSnapshot> audience) {

    /** How far back the ladder's channel advice looks, so how many months of other streams' customers are kept. */
    public static final int CHANNEL_MONTHS = 12;

    public ReportFacts {
        streams = List.copyOf(streams);
        people = List.copyOf(people);
        time = List.copyOf(time);
        uncostedTime = List.copyOf(uncostedTime);
        sales = List.copyOf(sales);
        expenses = List.copyOf(expenses);
        customers = List.copyOf(customers);
        audience = List.copyOf(audience);
    }

    /**
     * All time on one stream (null = overhead) on one local day. {@code owner} splits the owner's seconds by
     * activity; helpers' time is summed: {@code helperSeconds} in all, {@code helperDeliverySeconds} of it
     * delivering, {@code helperCostX3600} = Σ seconds × hourly cost rate in minor units (divide by 3600 once,
     * when shown), and {@code uncostedHelperSeconds} logged by helpers without a cost rate (they add no cost).
     */
    public record TimeFact(Long streamId, LocalDate day, ActivitySeconds owner, long helperSeconds,
                           long helperDeliverySeconds, long helperCostX3600, long uncostedHelperSeconds) {
        public TimeFact {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(owner, "owner");
            if (helperSeconds < 0 || helperDeliverySeconds < 0 || uncostedHelperSeconds < 0
                    || helperDeliverySeconds > helperSeconds || uncostedHelperSeconds > helperSeconds) {
                throw new IllegalArgumentException("helper time must be non-negative with delivery and uncosted"
                        + " seconds within helper seconds, got " + helperSeconds + "/" + helperDeliverySeconds + "/"
                        + uncostedHelperSeconds + " s");
            }
        }

        /** The fact of one person's time: the owner's lands in {@code owner}, anyone else's (a null person too) in helper time. */
        public static TimeFact of(Long streamId, LocalDate day, Person person, Activity activity, long seconds) {
            if (person != null && person.isOwner()) {
                return new TimeFact(streamId, day, ActivitySeconds.of(activity, seconds), 0, 0, 0, 0);
            }
            Money rate = person == null ? null : person.costRatePerHour();
            return new TimeFact(streamId, day, ActivitySeconds.NONE, seconds, activity == Activity.DELIVERY ? seconds : 0,
                    rate == null ? 0 : Math.multiplyExact(seconds, rate.minor()), rate == null ? seconds : 0);
        }

        public long ownerSeconds() {
            return owner.total();
        }

        /** Delivery by anyone: the owner's and the helpers'. */
        public long deliverySeconds() {
            return owner.of(Activity.DELIVERY) + helperDeliverySeconds;
        }
    }

    /** Seconds per {@link Activity}, one component each (in the enum's order). */
    public record ActivitySeconds(long creation, long delivery, long promotion, long sales, long support,
                                  long maintenance, long admin) {
        public static final ActivitySeconds NONE = new ActivitySeconds(0, 0, 0, 0, 0, 0, 0);

        public ActivitySeconds {
            if (creation < 0 || delivery < 0 || promotion < 0 || sales < 0 || support < 0 || maintenance < 0 || admin < 0) {
                throw new IllegalArgumentException("seconds per activity must be non-negative");
            }
        }

        public static ActivitySeconds of(Activity activity, long seconds) {
            long[] s = new long[Activity.values().length];
            s[activity.ordinal()] = seconds;
            return new ActivitySeconds(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
        }

        public long of(Activity activity) {
            return switch (activity) {
                case CREATION -> creation;
                case DELIVERY -> delivery;
                case PROMOTION -> promotion;
                case SALES -> sales;
                case SUPPORT -> support;
                case MAINTENANCE -> maintenance;
                case ADMIN -> admin;
            };
        }

        public long total() {
            return creation + delivery + promotion + sales + support + maintenance + admin;
        }
    }

    /** Seconds one helper without a cost rate logged on one local day, on any stream. */
    public record UncostedTime(long personId, LocalDate day, long seconds) {
        public UncostedTime {
            Objects.requireNonNull(day, "day");
        }
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
