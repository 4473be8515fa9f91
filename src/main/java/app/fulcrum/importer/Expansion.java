package app.fulcrum.importer;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One run of {@link GoogleCalendarIcs} over a parsed calendar: events → sessions, skips and problems. */
final class Expansion {
    private final String fileName;
    private final List<Integer> eventLines;
    private final ZoneId floating;
    private final ParseOptions options;
    private final RowSink sink;

    Expansion(String fileName, List<Integer> eventLines, ZoneId floating, ParseOptions options, RowSink sink) {
        this.fileName = fileName;
        this.eventLines = eventLines;
        this.floating = floating;
        this.options = options;
        this.sink = sink;
    }

    void run(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        Instant until = options.expandUntil() != null ? options.expandUntil() : latestStamp(events);
        for (int i = 0; i < events.size(); i++) {
            int line = i < eventLines.size() ? eventLines.get(i) : 1;
            try {
                readEvent(events.get(i), events, line, until);
            } catch (BadValue e) {
                sink.problem(new ImportProblem(fileName, line, null, e.getMessage()));
            } catch (RuntimeException e) {
                sink.problem(new ImportProblem(fileName, line, null, "found an event ical4j cannot expand ("
                        + GoogleCalendarIcs.firstLine(e.getMessage()) + "), expected a valid VEVENT"));
            }
        }
    }

    private void readEvent(VEvent event, List<VEvent> all, int line, Instant until) {
        Temporal start = GoogleCalendarIcs.date(event, Property.DTSTART)
                .orElseThrow(() -> new BadValue("an event without DTSTART", "a DTSTART"));
        String uid = uid(event);
        if (CalendarTimes.isAllDay(start)) {
            sink.skipped(line, "all-day event is not a work session");
            return;
        }
        if (isCancelled(event)) {
            sink.skipped(line, "cancelled event");
            return;
        }
        Duration length = GoogleCalendarIcs.length(event, start);
        Optional<Temporal> recurrenceId = GoogleCalendarIcs.date(event, Property.RECURRENCE_ID);
        if (recurrenceId.isPresent()) {
            emit(event, line, CalendarTimes.instant(start, floating), length,
                    uid + "|" + CalendarTimes.instant(recurrenceId.get(), floating), until);
        } else if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
            expand(event, all, line, start, uid, until);
        } else {
            emit(event, line, CalendarTimes.instant(start, floating), length, uid, until);
        }
    }

    private void expand(VEvent event, List<VEvent> all, int line, Temporal start, String uid, Instant until) {
        Optional<RRule<?>> rule = event.getProperty(Property.RRULE);
        if (rule.isPresent()) {
            String frequency = String.valueOf(rule.get().getRecur().getFrequency());
            if (frequency.equals("SECONDLY") || frequency.equals("MINUTELY")) {
                throw new BadValue("FREQ=" + frequency, "an hourly, daily, weekly, monthly or yearly rule");
            }
        }
        Instant bound = until != null ? until : CalendarTimes.instant(start, floating).plus(366, ChronoUnit.DAYS);
        Set<Instant> overridden = GoogleCalendarIcs.overrideStarts(all, uid, floating);
        Set<Period<Temporal>> periods = GoogleCalendarIcs.recurrences(event, start, bound, floating);
        for (Period<Temporal> period : periods) {
            Instant at = CalendarTimes.instant(period.getStart(), floating);
            if (overridden.contains(at)) {
                continue;
            }
            Duration length = Duration.between(at, CalendarTimes.instant(period.getEnd(), floating));
            emit(event, line, at, length, uid + "|" + at, bound);
        }
    }

    private void emit(VEvent event, int line, Instant start, Duration length, String id, Instant until) {
        if (until != null && start.isAfter(until)) {
            sink.skipped(line, "planned for after " + until + ", not yet work done");
            return;
        }
        String title = text(event, Property.SUMMARY);
        sink.row(new ImportedTime(line, id, title, null, null, categories(event), null, null, start,
                Math.max(0, length.getSeconds()), text(event, Property.DESCRIPTION)));
    }

    static String uid(VEvent event) {
        String uid = text(event, Property.UID);
        return uid == null ? "no-uid" : uid;
    }

    private static boolean isCancelled(VEvent event) {
        Optional<Status> status = event.getProperty(Property.STATUS);
        return status.isPresent() && "CANCELLED".equalsIgnoreCase(status.get().getValue());
    }

    private static String text(VEvent event, String name) {
        Optional<Property> p = event.getProperty(name);
        if (p.isEmpty() || p.get().getValue() == null || p.get().getValue().isBlank()) {
            return null;
        }
        return p.get().getValue().strip();
    }

    private static List<String> categories(VEvent event) {
        String text = text(event, Property.CATEGORIES);
        return text == null ? List.of() : TogglDetailedCsv.splitTags(text);
    }

    private Instant latestStamp(List<VEvent> events) {
        Instant latest = null;
        for (VEvent e : events) {
            Optional<DtStamp> stamp = e.getProperty(Property.DTSTAMP);
            if (stamp.isPresent() && stamp.get().getDate() != null) {
                Instant at = stamp.get().getDate();
                latest = latest == null || at.isAfter(latest) ? at : latest;
            }
        }
        return latest;
    }
}
