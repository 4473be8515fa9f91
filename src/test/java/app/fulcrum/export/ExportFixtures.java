package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** A small coaching practice in Berlin, reporting in USD: three streams, an owner and a helper. */
final class ExportFixtures {
    static final long LAUNCH_LAB = 1;
    static final long COACHING = 2;
    static final long NEWSLETTER = 3;
    static final long OWNER = 10;
    static final long HELPER = 11;

    private ExportFixtures() {
    }

    static WorkspaceSnapshot coachingPractice() {
        Workspace workspace = new Workspace(1, "Zoë's practice", Currency.getInstance("USD"), ZoneId.of("Europe/Berlin"));
        List<Stream> streams = List.of(
                new Stream(LAUNCH_LAB, "Launch Lab", StreamKind.COURSE, null, null, null, StreamStatus.ACTIVE),
                new Stream(COACHING, "1:1 Coaching", StreamKind.ONE_ON_ONE, null, null, null, StreamStatus.ACTIVE),
                new Stream(NEWSLETTER, "Überblick; Newsletter", StreamKind.MEMBERSHIP, null, null, null, StreamStatus.ACTIVE));
        List<Person> people = List.of(new Person(OWNER, "Zoë Müller", "zoe@example.com", PersonRole.OWNER, null),
                new Person(HELPER, "Sam Lee", "sam@example.com", PersonRole.HELPER, Money.ofMinor(40_00, "USD")));
        return new WorkspaceSnapshot(WorkspaceSnapshot.FORMAT_VERSION, workspace, Settings.empty(), streams, people,
                timeEntries(), sales(), expenses(), List.of(), List.of());
    }

    private static List<Sale> sales() {
        return List.of(
                sale(1, LAUNCH_LAB, "2024-03-04T09:12:33Z", usd(100_00), usd(3_20), usd(100_00), usd(3_20), false, "stripe", "ch_A"),
                sale(2, COACHING, "2024-03-05T18:40:02Z", usd(1_200_00), usd(35_10), usd(1_200_00), usd(35_10), false, "stripe", "ch_B"),
                // a EUR charge settled in USD: the journal carries the USD amounts
                sale(3, NEWSLETTER, "2024-03-06T07:05:10Z", eur(49_00), eur(1_69), usd(53_21), usd(1_84), false, "stripe", "ch_C"),
                sale(4, COACHING, "2024-03-09T10:00:05Z", usd(1_200_00), usd(0), usd(1_200_00), usd(0), true, "stripe", "ch_B:refund"),
                sale(5, LAUNCH_LAB, "2024-03-05T19:20:44Z", usd(49_00), usd(2_18), usd(49_00), usd(2_18), false, "paypal", "1CD"),
                // PayPal gives 1.69 of the fee back on a refund: a negative refund fee
                sale(6, LAUNCH_LAB, "2024-03-09T23:02:10Z", usd(49_00), usd(-1_69), usd(49_00), usd(-1_69), true, "paypal", "9EF"),
                // 23:30 UTC on 31 March is 1 April in Berlin: the journal dates it in the workspace's zone
                sale(7, NEWSLETTER, "2024-03-31T23:30:00Z", usd(10_00), usd(1_30), usd(10_00), usd(1_30), false, "manual", null));
    }

    private static List<Expense> expenses() {
        return List.of(
                new Expense(1, LAUNCH_LAB, ExpenseCategory.ADS, usd(250_00), usd(250_00), LocalDate.of(2024, 3, 2), "Meta ads",
                        Provenance.MANUAL),
                new Expense(2, null, ExpenseCategory.PLATFORM, usd(2_00), usd(2_00), LocalDate.of(2024, 3, 31), "Stripe billing",
                        Provenance.imported("stripe-balance", "b.csv", 5, "txn_F")),
                new Expense(3, COACHING, ExpenseCategory.TOOLS, eur(14_99), usd(16_27), LocalDate.of(2024, 3, 5), "Zoom",
                        Provenance.MANUAL));
    }

    private static List<TimeEntry> timeEntries() {
        return List.of(
                time(1, OWNER, COACHING, Activity.DELIVERY, "2024-03-04T08:00:00Z", 90 * 60),
                time(2, OWNER, LAUNCH_LAB, Activity.CREATION, "2024-03-04T13:15:00Z", 105 * 60),
                // 23:30 to 00:45 Berlin time: hledger splits it at midnight into 0.50 h + 0.75 h
                time(3, OWNER, NEWSLETTER, Activity.PROMOTION, "2024-03-05T22:30:00Z", 75 * 60),
                // 20 minutes = 0.333 h: hledger rounds the session to 0.33 h
                time(4, HELPER, LAUNCH_LAB, Activity.SUPPORT, "2024-03-06T10:00:00Z", 20 * 60),
                // across the switch to summer time (02:00 → 03:00 on 31 March): 2 h exactly
                time(5, OWNER, COACHING, Activity.ADMIN, "2024-03-31T00:30:00Z", 2 * 3600),
                time(6, OWNER, null, Activity.ADMIN, "2024-03-07T09:00:00Z", 45 * 60));
    }

    private static Sale sale(long id, long stream, String at, Money gross, Money fee, Money baseGross, Money baseFee,
                             boolean refund, String source, String externalId) {
        Provenance provenance = source.equals("manual") ? Provenance.MANUAL
                : Provenance.imported(source, source + ".csv", (int) id + 1, externalId);
        return new Sale(id, stream, Instant.parse(at), "buyer" + id + "@example.com", gross, fee, baseGross, baseFee, refund,
                null, false, null, provenance);
    }

    private static TimeEntry time(long id, long person, Long stream, Activity activity, String start, long seconds) {
        return new TimeEntry(id, person, stream, activity, Instant.parse(start), seconds, "entry " + id,
                Provenance.imported("toggl", "t.csv", (int) id + 1, "t" + id));
    }

    static Money usd(long minor) {
        return Money.ofMinor(minor, "USD");
    }

    static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }
}
