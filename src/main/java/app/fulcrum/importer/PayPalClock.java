package app.fulcrum.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Reads PayPal's Date, Time and TimeZone cells into an instant.
 *
 * <p>Design note (FORMATS.md §7). US accounts write MM/DD/YYYY, EU accounts DD/MM/YYYY or DD.MM.YYYY.
 * The order of a slash date is sniffed from the first megabyte of the file by {@link DateOrder} (a
 * first part above 12 settles day-first, a second part above 12 month-first); when nothing settles it,
 * the locale's short date pattern decides (month-first for en-US or no locale). Times are 24-hour or 12-hour with AM/PM. TimeZone holds
 * abbreviations such as PST/PDT, not zone ids; the table below maps the common ones to their fixed
 * offsets (IST is left out: India and Ireland both use it). Zone ids and offsets are accepted too;
 * without a TimeZone column the import's zone applies.
 */
final class PayPalClock {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("MST", "-07:00"),
            Map.entry("MDT", "-06:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("AKST", "-09:00"),
            Map.entry("AKDT", "-08:00"), Map.entry("HST", "-10:00"), Map.entry("GMT", "Z"), Map.entry("UTC", "Z"),
            Map.entry("WET", "Z"), Map.entry("WEST", "+01:00"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("MEZ", "+01:00"), Map.entry("MESZ", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("HKT", "+08:00"),
            Map.entry("SGT", "+08:00"), Map.entry("AWST", "+08:00"), Map.entry("ACST", "+09:30"),
            Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"),
            Map.entry("NZDT", "+13:00"));

    private final DateOrder order;
    private final ZoneId defaultZone;

    PayPalClock(DateOrder order, ZoneId defaultZone) {
        this.order = order;
        this.defaultZone = defaultZone;
    }

    LocalDate date(CsvRow row, int column) {
        return row.readExpecting(column, text -> DateTimeText.date(text, order), order == DateOrder.DAY_FIRST
                ? "a date such as 31/12/2024 or 31.12.2024" : "a date such as 12/31/2024");
    }

    LocalTime time(CsvRow row, int column) {
        if (column < 0) {
            return LocalTime.MIDNIGHT;
        }
        return row.readExpecting(column, DateTimeText::time, "a time such as 16:02:10 or 4:02:10 PM");
    }

    ZoneId zone(CsvRow row, int column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return defaultZone;
        }
        String known = ABBREVIATIONS.get(text.toUpperCase(Locale.ROOT));
        try {
            return known != null ? ZoneOffset.of(known) : ZoneId.of(text);
        } catch (DateTimeException e) {
            throw row.bad(column, "a time zone such as PST, PDT, CET, +01:00 or Europe/Berlin");
        }
    }

    Instant instant(CsvRow row, int dateColumn, int timeColumn, int zoneColumn) {
        return LocalDateTime.of(date(row, dateColumn), time(row, timeColumn)).atZone(zone(row, zoneColumn)).toInstant();
    }
}
