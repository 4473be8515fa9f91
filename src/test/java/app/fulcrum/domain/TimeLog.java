package app.fulcrum.domain;

import app.fulcrum.domain.ReportFacts.ActivitySeconds;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.ReportFacts.UncostedTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For tests: time written the way a person logs it (who, which stream, which activity, which day, how long),
 * turned into the facts storage returns for it, so hand-built facts stay as readable as the entries were.
 * Like storage, it sums per (stream, day) and per (uncosted helper, day); a person missing from the people
 * counts as a helper without a cost rate.
 */
public final class TimeLog {
    private record Entry(Long stream, long person, Activity activity, LocalDate day, long seconds) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public TimeLog add(Long stream, long person, Activity activity, LocalDate day, long seconds) {
        entries.add(new Entry(stream, person, activity, day, seconds));
        return this;
    }

    /** One fact per (stream, day), in the order each pair first appeared. */
    public List<TimeFact> facts(List<Person> people) {
        Map<List<Object>, TimeFact> merged = new LinkedHashMap<>();
        for (Entry e : entries) {
            TimeFact f = TimeFact.of(e.stream(), e.day(), find(people, e.person()), e.activity(), e.seconds());
            merged.merge(java.util.Arrays.asList(e.stream(), e.day()), f, TimeLog::plus);
        }
        return List.copyOf(merged.values());
    }

    /** Seconds per (helper without a cost rate, day). */
    public List<UncostedTime> uncosted(List<Person> people) {
        Map<List<Object>, UncostedTime> merged = new LinkedHashMap<>();
        for (Entry e : entries) {
            Person p = find(people, e.person());
            if (p == null || (!p.isOwner() && p.costRatePerHour() == null)) {
                merged.merge(List.of(e.person(), e.day()), new UncostedTime(e.person(), e.day(), e.seconds()),
                        (a, b) -> new UncostedTime(a.personId(), a.day(), a.seconds() + b.seconds()));
            }
        }
        return List.copyOf(merged.values());
    }

    /** One-fact shortcut: a single person's time. */
    public static TimeFact fact(Long stream, Person person, Activity activity, LocalDate day, long seconds) {
        return TimeFact.of(stream, day, person, activity, seconds);
    }

    private static Person find(List<Person> people, long id) {
        return people.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private static TimeFact plus(TimeFact a, TimeFact b) {
        if (!Objects.equals(a.streamId(), b.streamId()) || !a.day().equals(b.day())) {
            throw new IllegalArgumentException("facts of different streams or days");
        }
        ActivitySeconds x = a.owner();
        ActivitySeconds y = b.owner();
        return new TimeFact(a.streamId(), a.day(), new ActivitySeconds(x.creation() + y.creation(),
                x.delivery() + y.delivery(), x.promotion() + y.promotion(), x.sales() + y.sales(),
                x.support() + y.support(), x.maintenance() + y.maintenance(), x.admin() + y.admin()),
                a.helperSeconds() + b.helperSeconds(), a.helperDeliverySeconds() + b.helperDeliverySeconds(),
                a.helperCostX3600() + b.helperCostX3600(), a.uncostedHelperSeconds() + b.uncostedHelperSeconds());
    }
}
