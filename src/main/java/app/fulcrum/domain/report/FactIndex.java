package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.ReportFacts.UncostedTime;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.DayLedger.Field;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's facts indexed once: a {@link DayLedger} per stream and one for the business overhead (time on
 * no stream, shared expenses), {@link Memberships} per membership stream, and the time of helpers who have no
 * cost rate (their hours cost nothing in direct costs, which the report must say).
 */
final class FactIndex {
    private static final DayLedger EMPTY = new DayLedger.Builder().build();

    private final Map<Long, DayLedger> streams;
    private final DayLedger overhead;
    private final Map<Long, Memberships> memberships;
    private final List<UncostedTime> uncostedTime;
    private final Map<Long, Person> people;
    private final LocalDate firstDay;

    private FactIndex(Map<Long, DayLedger> streams, DayLedger overhead, Map<Long, Memberships> memberships,
                      List<UncostedTime> uncostedTime, Map<Long, Person> people, LocalDate firstDay) {
        this.streams = streams;
        this.overhead = overhead;
        this.memberships = memberships;
        this.uncostedTime = uncostedTime;
        this.people = people;
        this.firstDay = firstDay;
    }

    static FactIndex of(ReportFacts facts, YearMonth membershipsAsOf) {
        Map<Long, Person> people = new HashMap<>();
        facts.people().forEach(p -> people.put(p.id(), p));
        Map<Long, DayLedger.Builder> builders = new HashMap<>();
        DayLedger.Builder overhead = new DayLedger.Builder();
        for (TimeFact t : facts.time()) {
            addTime(t.streamId() == null ? overhead : builders.computeIfAbsent(t.streamId(), id -> new DayLedger.Builder()), t);
        }
        for (SaleFact s : facts.sales()) {
            builders.computeIfAbsent(s.streamId(), id -> new DayLedger.Builder())
                    .add(s.day(), Field.GROSS, s.grossMinor()).add(s.day(), Field.REFUNDS, s.refundsMinor())
                    .add(s.day(), Field.FEES, s.feesMinor()).add(s.day(), Field.SALES, s.salesCount())
                    .add(s.day(), Field.REFUND_COUNT, s.refundsCount()).add(s.day(), Field.RECURRING, s.recurringCount());
        }
        for (ExpenseFact e : facts.expenses()) {
            DayLedger.Builder b = e.streamId() == null ? overhead
                    : builders.computeIfAbsent(e.streamId(), id -> new DayLedger.Builder());
            b.add(e.day(), Field.EXPENSES, e.amountMinor());
        }
        Map<Long, DayLedger> ledgers = new HashMap<>();
        builders.forEach((id, b) -> ledgers.put(id, b.build()));
        DayLedger overheadLedger = overhead.build();
        return new FactIndex(ledgers, overheadLedger, memberships(facts, membershipsAsOf), facts.uncostedTime(), people,
                firstDay(ledgers, overheadLedger));
    }

    private static void addTime(DayLedger.Builder b, TimeFact t) {
        LocalDate day = t.day();
        for (Activity a : Activity.values()) {
            b.add(day, Field.ownerActivity(a), t.owner().of(a));
        }
        b.add(day, Field.OWNER_SECONDS, t.ownerSeconds()).add(day, Field.HELPER_SECONDS, t.helperSeconds())
                .add(day, Field.HELPER_COST_X3600, t.helperCostX3600()).add(day, Field.DELIVERY_SECONDS, t.deliverySeconds());
    }

    private static Map<Long, Memberships> memberships(ReportFacts facts, YearMonth asOf) {
        Map<Long, List<CustomerFact>> byStream = new HashMap<>();
        facts.customers().forEach(c -> byStream.computeIfAbsent(c.streamId(), id -> new ArrayList<>()).add(c));
        Map<Long, Memberships> result = new HashMap<>();
        for (Stream s : facts.streams()) {
            if (s.kind() == StreamKind.MEMBERSHIP) {
                result.put(s.id(), Memberships.of(byStream.getOrDefault(s.id(), List.of()),
                        facts.workspace().currency(), asOf));
            }
        }
        return result;
    }

    private static LocalDate firstDay(Map<Long, DayLedger> ledgers, DayLedger overhead) {
        LocalDate first = overhead.firstDay();
        for (DayLedger l : ledgers.values()) {
            LocalDate d = l.firstDay();
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }

    DayLedger stream(long id) {
        return streams.getOrDefault(id, EMPTY);
    }

    DayLedger overhead() {
        return overhead;
    }

    /** Null for streams that are not memberships. */
    Memberships memberships(long streamId) {
        return memberships.get(streamId);
    }

    /** The first day with any time, sale or expense; null when there is no data at all. */
    LocalDate firstDay() {
        return firstDay;
    }

    /** Hours per helper (by name) without a cost rate, logged within [from, to]; sorted by name. */
    Map<String, Long> uncostedHelperSeconds(LocalDate from, LocalDate to) {
        Map<String, Long> result = new TreeMap<>();
        for (UncostedTime t : uncostedTime) {
            if (!t.day().isBefore(from) && !t.day().isAfter(to)) {
                Person p = people.get(t.personId());
                result.merge(p == null ? "person #" + t.personId() : p.name(), t.seconds(), Long::sum);
            }
        }
        return result;
    }
}
