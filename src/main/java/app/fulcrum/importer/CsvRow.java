package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;

/**
 * One data row of a CSV file with typed cell readers. A cell that cannot be read throws
 * {@link BadValue} naming the column, what was found and what was expected; {@link CsvTable}
 * turns it into an {@link ImportProblem} at this row's line and the cell's column.
 */
final class CsvRow {
    private final CsvHeader header;
    private final CsvRecord record;
    private final int line;

    CsvRow(CsvHeader header, CsvRecord record, int line) {
        this.header = header;
        this.record = record;
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The stripped cell, or "" when the column is absent from this file. */
    String text(int column) {
        return column >= 0 && column < record.getFieldCount() ? record.getField(column).strip() : "";
    }

    /** The stripped cell, or null when the column is absent or the cell is empty. */
    String textOrNull(int column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    boolean isBlank(int column) {
        return text(column).isEmpty();
    }

    /** The cell rejected by the row reader: "found 'x' in Name, expected y". */
    BadValue bad(int column, String expected) {
        return BadValue.inCell(column, header.name(column), text(column), expected);
    }

    /** A value problem found while reading this row, placed in {@code column}: "Name: found 'x', expected y". */
    BadValue inColumn(int column, BadValue problem) {
        return problem.inColumn(column, header.name(column));
    }

    /** The cell as a date, 2024-03-04 or a slash date in {@code order}; a problem reads "Name: found 'x', expected y". */
    LocalDate date(int column, DateOrder order) {
        try {
            return DateTimeText.date(textOrNull(column), order);
        } catch (BadValue e) {
            throw inColumn(column, e);
        }
    }

    /** The cell as a time of day, 24-hour or 12-hour. */
    LocalTime time(int column) {
        try {
            return DateTimeText.time(textOrNull(column));
        } catch (BadValue e) {
            throw inColumn(column, e);
        }
    }

    /** The cell as a length in seconds: a clock duration ("26:15:00") or decimal hours. */
    long duration(int column, Locale locale) {
        return seconds(column, locale, false);
    }

    /** The cell as decimal hours ("1,5"), in seconds. */
    long hours(int column, Locale locale) {
        return seconds(column, locale, true);
    }

    private long seconds(int column, Locale locale, boolean hoursOnly) {
        String text = textOrNull(column);
        try {
            return hoursOnly ? DateTimeText.hoursToSeconds(text, locale) : DateTimeText.durationSeconds(text, locale);
        } catch (BadValue e) {
            throw inColumn(column, e);
        }
    }

    /** Like {@link #date(int, DateOrder)}, but any problem is "found 'x' in Name, expected {@code expected}". */
    <T> T readExpecting(int column, Function<String, T> reader, String expected) {
        String text = required(column, expected);
        try {
            return reader.apply(text);
        } catch (BadValue | java.time.DateTimeException e) {
            throw bad(column, expected);
        }
    }

    /** The instant of a wall-clock date and time read from this row, a problem placed in {@code column}. */
    Instant instant(int column, LocalDate date, LocalTime time, ZoneId zone) {
        try {
            return DateTimeText.instant(date, time, zone);
        } catch (BadValue e) {
            throw inColumn(column, e);
        }
    }

    /** A required cell: empty is a problem. */
    String required(int column, String expected) {
        String text = text(column);
        if (text.isEmpty()) {
            throw bad(column, expected);
        }
        return text;
    }

    BigDecimal decimal(int column, Character decimalSeparator, Locale locale) {
        String text = required(column, "a number such as 1,234.56");
        return DecimalText.parse(text, decimalSeparator, locale)
                .orElseThrow(() -> bad(column, "a number such as 1,234.56 or 1.234,56"));
    }

    /** An empty cell reads as zero: platforms leave fee and refund cells empty. */
    BigDecimal decimalOrZero(int column, Character decimalSeparator, Locale locale) {
        return isBlank(column) ? BigDecimal.ZERO : decimal(column, decimalSeparator, locale);
    }

    /** {@code value}, read from {@code column}, when it is zero or more; else a problem in that column. */
    BigDecimal notNegative(BigDecimal value, int column, String expected) {
        if (value.signum() < 0) {
            throw bad(column, expected);
        }
        return value;
    }

    Money money(BigDecimal value, int column, Currency currency) {
        try {
            return Money.of(value, currency);
        } catch (FulcrumException e) {
            throw bad(column, "an amount with at most " + Math.max(0, currency.getDefaultFractionDigits())
                    + " decimals in " + currency.getCurrencyCode());
        }
    }

    Currency currency(int column) {
        String code = required(column, "a currency code such as USD");
        if (!code.matches("[A-Za-z]{3}")) {
            throw bad(column, "a three-letter currency code such as USD");
        }
        try {
            return Money.currency(code);
        } catch (FulcrumException e) {
            throw bad(column, "an ISO 4217 currency code such as USD or EUR");
        }
    }

    LocalDateTime dateTime(int column, DateTimeFormatter format, String example) {
        return parse(column, format, example, LocalDateTime::from);
    }

    /** Reads {@code text}, a part of the cell in {@code column}, as a date and time. */
    LocalDateTime dateTime(int column, DateTimeFormatter format, String example, String text) {
        try {
            return LocalDateTime.from(format.parse(text));
        } catch (java.time.DateTimeException e) {
            throw bad(column, "a date and time such as " + example);
        }
    }

    LocalDate date(int column, DateTimeFormatter format, String example) {
        return parse(column, format, example, LocalDate::from);
    }

    <T> T parse(int column, DateTimeFormatter format, String example, Function<TemporalAccessor, T> query) {
        String text = required(column, "a date such as " + example);
        try {
            return query.apply(format.parse(text));
        } catch (java.time.DateTimeException e) {
            throw bad(column, "a date and time such as " + example);
        }
    }

    /** 1, true, yes → true; 0, false, no, empty → false; anything else is a problem. */
    boolean flag(int column) {
        String text = text(column).toLowerCase(Locale.ROOT);
        switch (text) {
            case "1", "true", "yes", "y" -> {
                return true;
            }
            case "", "0", "false", "no", "n" -> {
                return false;
            }
            default -> throw bad(column, "0 or 1 (or true/false)");
        }
    }
}
