package app.fulcrum.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the field values time exports write: dates in ISO, dotted or slash form; 24-hour and
 * 12-hour clock times with or without seconds; clock durations past 24 h ("26:15:00"); decimal
 * hours with a dot or a comma. Every reader throws {@link BadValue} naming the column.
 */
final class Fields {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern CLOCK_DURATION = Pattern.compile("(\\d{1,7}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[\\d.,]*\\d[\\d.,]*");

    private Fields() {
    }

    static LocalDate date(String column, String value, DateOrder order) {
        if (value == null) {
            throw new BadValue(column, null, "a date such as 2024-03-04");
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
                return order == DateOrder.DAY_FIRST ? LocalDate.of(num(m, 3), num(m, 2), num(m, 1))
                        : LocalDate.of(num(m, 3), num(m, 1), num(m, 2));
            }
        } catch (DateTimeException e) {
            throw new BadValue(column, value, "a real calendar date");
        }
        throw new BadValue(column, value, "a date such as 2024-03-04, 04.03.2024 or 03/04/2024");
    }

    static LocalTime time(String column, String value) {
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
            throw new BadValue(column, value, "a time such as 09:00, 09:00:00 or 09:00 AM");
        }
        int hour = num(m, 1);
        int minute = num(m, 2);
        int second = m.group(3) == null ? 0 : num(m, 3);
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new BadValue(column, value, "an hour from 1 to 12 before AM/PM");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new BadValue(column, value, "a time of day up to 23:59:59");
        }
        return LocalTime.of(hour, minute, second);
    }

    /** "01:30:00", "26:15:00" or "1:30" → seconds; a decimal "1.50" is read as hours. */
    static long durationSeconds(String column, String value, Locale locale) {
        if (value == null) {
            throw new BadValue(column, null, "a duration such as 01:30:00 or 1.50");
        }
        Matcher m = CLOCK_DURATION.matcher(value);
        if (m.matches()) {
            int minutes = num(m, 2);
            int seconds = m.group(3) == null ? 0 : num(m, 3);
            if (minutes > 59 || seconds > 59) {
                throw new BadValue(column, value, "minutes and seconds up to 59");
            }
            return Long.parseLong(m.group(1)) * 3600 + minutes * 60L + seconds;
        }
        return hoursToSeconds(column, value, locale);
    }

    /** Decimal hours ("1.5", "1,25", "2.000,0") → whole seconds, rounded half-even. */
    static long hoursToSeconds(String column, String value, Locale locale) {
        BigDecimal hours = decimal(column, value, locale);
        if (hours.signum() < 0) {
            throw new BadValue(column, value, "hours that are not negative");
        }
        if (hours.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new BadValue(column, value, "fewer than 100000 hours");
        }
        return hours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * A decimal number with a dot or a comma as decimal mark. With both marks the last one is the
     * decimal mark ("2.000,5", "1,234.50"); with one mark, it is grouping only when the locale's
     * decimal mark is the other one and the value is grouped in threes ("1,234" in en-US).
     */
    static BigDecimal decimal(String column, String value, Locale locale) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new BadValue(column, value, "a number such as 1.5 or 1,5");
        }
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        char localeMark = locale == null || locale.getLanguage().isEmpty() ? '.'
                : DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        String plain;
        if (comma >= 0 && dot >= 0) {
            plain = comma > dot ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
        } else if (comma >= 0) {
            plain = localeMark == '.' && grouped(value, ',') ? value.replace(",", "") : value.replace(',', '.');
        } else if (dot >= 0) {
            plain = localeMark == ',' && grouped(value, '.') ? value.replace(".", "") : value;
        } else {
            plain = value;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadValue(column, value, "a number such as 1.5 or 1,5");
        }
    }

    static Instant instant(String column, LocalDate date, LocalTime time, ZoneId zone) {
        try {
            return ZonedDateTime.of(date, time, zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadValue(column, date + " " + time, "a date and time the zone " + zone + " can represent");
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

    private static boolean grouped(String value, char mark) {
        return value.matches("[+-]?\\d{1,3}(" + Pattern.quote(String.valueOf(mark)) + "\\d{3})+");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
