package app.fulcrum.importer;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * iCalendar (.ics) as Google Calendar exports it; each timed event is a work session, named by its
 * title. Design: ical4j 4.4 parses (unfolding, escapes, VTIMEZONE) and expands RRULE/RDATE minus
 * EXDATE; this class then (1) replaces every occurrence that has an override (same UID and a
 * RECURRENCE-ID equal to the occurrence's start) by that override, (2) drops overrides and events with
 * STATUS:CANCELLED (Google deletes single instances that way, not by EXDATE), (3) skips all-day
 * events (dates, not sessions), and (4) expands only up to {@link ParseOptions#expandUntil()}, else the
 * latest DTSTAMP (Google stamps the export time), because later occurrences are plans. Floating times
 * are read in X-WR-TIMEZONE, else the import zone. Identity: UID for single events, UID plus the
 * occurrence's original start (its RECURRENCE-ID) for recurring ones, so a moved instance keeps its id.
 */
public final class GoogleCalendarIcs implements SourceFormat {
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    @Override
    public String id() {
        return "ics";
    }

    @Override
    public String description() {
        return "iCalendar .ics (Google Calendar export)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return head.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        byte[] bytes = content.readNBytes(MAX_BYTES);
        String text = TextLines.stripBom(new String(bytes, StandardCharsets.UTF_8));
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            sink.problem(new ImportProblem(fileName, Math.max(1, e.getLineNo()), null, "found invalid iCalendar ("
                    + firstLine(e.getMessage()) + "), expected RFC 5545 content"));
            return;
        } catch (RuntimeException e) {
            sink.problem(new ImportProblem(fileName, 1, null, "found unreadable iCalendar ("
                    + firstLine(e.getMessage()) + "), expected RFC 5545 content"));
            return;
        }
        new Expansion(fileName, eventLines(text), floatingZone(calendar, options), options, sink).run(calendar);
    }

    private static ZoneId floatingZone(Calendar calendar, ParseOptions options) {
        Optional<Property> zone = calendar.getProperty("X-WR-TIMEZONE");
        try {
            return zone.isPresent() ? ZoneId.of(zone.get().getValue().strip()) : options.zone();
        } catch (DateTimeException e) {
            return options.zone();
        }
    }

    /** The 1-based line of each BEGIN:VEVENT, in order, so rows can name their line. */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (String l : text.split("\\r?\\n|\\r", -1)) {
            if (l.strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(line);
            }
            line++;
        }
        return lines;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String first = message.lines().findFirst().orElse("");
        return first.length() > 120 ? first.substring(0, 120) + "…" : first;
    }

    /** Start of a date property as a Temporal, or empty when absent. */
    static Optional<Temporal> date(VEvent event, String property) {
        Optional<DateProperty<Temporal>> p = event.getProperty(property);
        return p.map(DateProperty::getDate);
    }

    static Set<Instant> overrideStarts(List<VEvent> events, String uid, ZoneId floating) {
        Set<Instant> starts = new HashSet<>();
        for (VEvent e : events) {
            if (uid.equals(Expansion.uid(e))) {
                date(e, Property.RECURRENCE_ID).ifPresent(t -> starts.add(CalendarTimes.instant(t, floating)));
            }
        }
        return starts;
    }

    static Duration length(VEvent event, Temporal start) {
        Optional<Temporal> end = date(event, Property.DTEND);
        if (end.isPresent()) {
            return Duration.between(CalendarTimes.instant(start, ZoneId.of("UTC")),
                    CalendarTimes.instant(end.get(), ZoneId.of("UTC")));
        }
        Optional<net.fortuna.ical4j.model.property.Duration> d = event.getProperty(Property.DURATION);
        if (d.isPresent() && d.get().getDuration() instanceof Duration exact) {
            return exact;
        }
        return Duration.ZERO;
    }

    static Set<Period<Temporal>> recurrences(VEvent event, Temporal start, Instant until, ZoneId floating) {
        Period<Temporal> window = new Period<>(start, CalendarTimes.sameKind(start, until, floating));
        return event.calculateRecurrenceSet(window);
    }
}
