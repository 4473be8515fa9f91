package app.fulcrum.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The three time forms of iCalendar as ical4j 4.4 returns them — UTC (Instant or OffsetDateTime),
 * TZID (ZonedDateTime) and floating (LocalDateTime, read in the calendar's X-WR-TIMEZONE or the
 * import zone) — turned into instants, and an instant turned back into the form of a DTSTART so it
 * can bound a recurrence expansion.
 */
final class CalendarTimes {
    private CalendarTimes() {
    }

    static boolean isAllDay(Temporal t) {
        return t instanceof LocalDate;
    }

    static Instant instant(Temporal t, ZoneId floating) {
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(floating).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(floating).toInstant();
        }
        throw new BadValue(String.valueOf(t), "a date-time");
    }

    /** {@code at} in the same Temporal type (and zone) as {@code like}. */
    static Temporal sameKind(Temporal like, Instant at, ZoneId floating) {
        if (like instanceof ZonedDateTime z) {
            return at.atZone(z.getZone());
        }
        if (like instanceof OffsetDateTime o) {
            return at.atOffset(o.getOffset());
        }
        if (like instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(at, floating);
        }
        if (like instanceof LocalDate) {
            return LocalDate.ofInstant(at, floating);
        }
        return at;
    }
}
