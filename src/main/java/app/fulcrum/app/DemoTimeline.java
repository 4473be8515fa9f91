package app.fulcrum.app;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The three years of the demo business: from the day after {@code today} three years ago up to and
 * including {@code today}, in the workspace's zone. Work happens in Monday-to-Friday weeks; the owner
 * and the assistant take the Christmas fortnight and two weeks in August off.
 */
record DemoTimeline(LocalDate start, LocalDate today, ZoneId zone) {

    static DemoTimeline endingOn(LocalDate today, ZoneId zone) {
        return new DemoTimeline(today.minusYears(3).plusDays(1), today, zone);
    }

    /** The day {@code months} months after the start: month 12 opens year 2, month 24 year 3. */
    LocalDate month(int months) {
        return start.plusMonths(months);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(today);
    }

    /** Mondays of the weeks that have a weekday in [from, to) and in the timeline, in order. */
    List<LocalDate> weeks(LocalDate from, LocalDate to) {
        LocalDate first = (from.isBefore(start) ? start : from)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = to.isAfter(today) ? today.plusDays(1) : to;
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = first; monday.isBefore(end); monday = monday.plusWeeks(1)) {
            if (hasWeekday(monday)) {
                mondays.add(monday);
            }
        }
        return mondays;
    }

    private boolean hasWeekday(LocalDate monday) {
        for (int i = 0; i < 5; i++) {
            if (contains(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }

    /** The weeks of [from, to) in which people work. */
    List<LocalDate> workWeeks(LocalDate from, LocalDate to) {
        return weeks(from, to).stream().filter(monday -> !isVacation(monday)).toList();
    }

    /** Christmas to New Year, and the second and third weeks of August. */
    static boolean isVacation(LocalDate monday) {
        LocalDate friday = monday.plusDays(4);
        boolean christmas = (monday.getMonth() == Month.DECEMBER && friday.getDayOfMonth() >= 24)
                || (friday.getMonth() == Month.JANUARY && friday.getDayOfMonth() <= 4);
        int day = monday.getDayOfMonth();
        boolean summer = monday.getMonth() == Month.AUGUST && day >= 8 && day <= 21;
        return christmas || summer;
    }

    /** A random weekday of the week starting {@code monday}, or null when that day lies outside the timeline. */
    LocalDate someWeekday(LocalDate monday, RandomGenerator random) {
        return weekday(monday, random.nextInt(5));
    }

    /** Day {@code index} (0 = Monday) of the week, or null when it lies outside the timeline. */
    LocalDate weekday(LocalDate monday, int index) {
        LocalDate day = monday.plusDays(index);
        return contains(day) ? day : null;
    }

    /** The first day of every month whose first day lies in the timeline. */
    List<LocalDate> monthStarts() {
        List<LocalDate> firsts = new ArrayList<>();
        for (LocalDate d = start.withDayOfMonth(1); !d.isAfter(today); d = d.plusMonths(1)) {
            if (contains(d)) {
                firsts.add(d);
            }
        }
        return firsts;
    }
}
