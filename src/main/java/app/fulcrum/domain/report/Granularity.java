package app.fulcrum.domain.report;

import app.fulcrum.domain.FulcrumException;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a report splits its period into buckets: calendar months, quarters or years. */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Granularity parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Granularity g : values()) {
            if (g.label().equals(wanted)) {
                return g;
            }
        }
        throw new FulcrumException("unknown granularity '" + text + "': expected month, quarter or year");
    }

    /** The first day of the calendar bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The calendar buckets covering [from, to], the first and last clipped to the period. */
    public List<Period> buckets(LocalDate from, LocalDate to) {
        List<Period> result = new ArrayList<>();
        for (LocalDate start = start(from); !start.isAfter(to); start = next(start)) {
            LocalDate end = next(start).minusDays(1);
            result.add(new Period(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end,
                    name(start)));
        }
        return result;
    }

    private String name(LocalDate start) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
