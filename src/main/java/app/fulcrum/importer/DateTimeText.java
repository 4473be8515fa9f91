package app.fulcrum.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates, times and durations exports write: dates in ISO, dotted or slash/dash form (the
 * order of a slash date given by {@link DateOrder}); 24-hour and 12-hour clock times with or without
 * seconds; clock durations past 24 h ("26:15:00"); decimal hours with a dot or a comma (read by
 * {@link DecimalText}); and the strict ISO shapes of the payment exports. The readers throw
 * {@link BadValue} ("found X, expected Y"), which {@link CsvRow} places in its column.
 */
final class DateTimeText {
    /**
     * The strict ISO shapes the payment and audience exports write (2024-02-30 is a problem). A holder
     * class, so the time formats, which never use them, do not build them on a cold start.
     */
    static final class Iso {
        /** Stripe, Mailchimp: "2024-03-04 09:12" or "2024-03-04 09:12:33" (also with a 'T'). */
        static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
                .appendPattern("uuuu-MM-dd")
                .optionalStart().appendLiteral(' ').optionalEnd()
                .optionalStart().appendLiteral('T').optionalEnd()
                .appendPattern("HH:mm")
                .optionalStart().appendPattern(":ss").optionalEnd()
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);

        private Iso() {
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern CLOCK_DURATION = Pattern.compile("(\\d{1,7}):(\\d{2})(?::(\\d{2}))?");

    private DateTimeText() {
    }

    /** 2024-03-04, 2024/3/4, 04.03.2024 (day first), 03/04/2024 or 03-04-2024 (in {@code order}). */
    static LocalDate date(String value, DateOrder order) {
        if (value == null) {
            throw new BadValue(null, "a date such as 2024-03-04");
        }
        try {
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
                    && digits(value, 5, 7) && digits(value, 8, 10)) {
                return LocalDate.of(digitsValue(value, 0, 4), digitsValue(value, 5, 7), digitsValue(value, 8, 10));
            }
            Matcher m = ISO_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = DOTTED_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
            }
            m = SLASH_DATE.matcher(value);
            if (m.matches()) {
                return order == DateOrder.DAY_FIRST ? LocalDate.of(num(m, 4), num(m, 3), num(m, 1))
                        : LocalDate.of(num(m, 4), num(m, 1), num(m, 3));
            }
        } catch (DateTimeException e) {
            throw new BadValue(value, "a real calendar date");
        }
        throw new BadValue(value, "a date such as 2024-03-04, 04.03.2024 or 03/04/2024");
    }

    /** 09:00, 09:00:00, 9:00 AM, 12:45:00 a.m. */
    static LocalTime time(String value) {
        if (value != null && value.length() == 8 && value.charAt(2) == ':' && value.charAt(5) == ':'
                && digits(value, 0, 2) && digits(value, 3, 5) && digits(value, 6, 8)) {
            int h = digitsValue(value, 0, 2);
            int mi = digitsValue(value, 3, 5);
            int se = digitsValue(value, 6, 8);
            if (h <= 23 && mi <= 59 && se <= 59) {
                return LocalTime.of(h, mi, se);
            }
        }
        Matcher m = value == null ? null : TIME.matcher(value);
        if (m == null || !m.matches()) {
            throw new BadValue(value, "a time such as 09:00, 09:00:00 or 09:00 AM");
        }
        int hour = num(m, 1);
        int minute = num(m, 2);
        int second = m.group(3) == null ? 0 : num(m, 3);
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new BadValue(value, "an hour from 1 to 12 before AM/PM");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new BadValue(value, "a time of day up to 23:59:59");
        }
        return LocalTime.of(hour, minute, second);
    }

    /** "01:30:00", "26:15:00" or "1:30" → seconds; a decimal "1.50" is read as hours. */
    static long durationSeconds(String value, Locale locale) {
        if (value == null) {
            throw new BadValue(null, "a duration such as 01:30:00 or 1.50");
        }
        Matcher m = CLOCK_DURATION.matcher(value);
        if (m.matches()) {
            int minutes = num(m, 2);
            int seconds = m.group(3) == null ? 0 : num(m, 3);
            if (minutes > 59 || seconds > 59) {
                throw new BadValue(value, "minutes and seconds up to 59");
            }
            return Long.parseLong(m.group(1)) * 3600 + minutes * 60L + seconds;
        }
        return hoursToSeconds(value, locale);
    }

    /** Decimal hours ("1.5", "1,25", "2.000,0") → whole seconds, rounded half-even. */
    static long hoursToSeconds(String value, Locale locale) {
        BigDecimal hours = value == null ? null : DecimalText.parse(value, null, locale).orElse(null);
        if (hours == null) {
            throw new BadValue(value, "a number such as 1.5 or 1,5");
        }
        if (hours.signum() < 0) {
            throw new BadValue(value, "hours that are not negative");
        }
        if (hours.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new BadValue(value, "fewer than 100000 hours");
        }
        return hours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        try {
            return ZonedDateTime.of(date, time, zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadValue(date + " " + time, "a date and time the zone " + zone + " can represent");
        }
    }

    /** True when value[from, to) is all ASCII digits: the fast path for the common fixed-width forms. */
    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digitsValue(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
