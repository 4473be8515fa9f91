package app.fulcrum.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Books blocks of work into each person's working day (09:00–18:00 in the workspace zone) so that
 * no two blocks of one person overlap: blocks follow each other with a 15-minute break. A block that
 * does not fit its day moves to another weekday of the same week and month that has room (so monthly
 * figures stay put); if none has, it runs
 * into the evening of the chosen day (a busy week, as in real life).
 */
final class DemoCalendar {
    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final int DAY_MINUTES = 9 * 60;
    private static final int BREAK_MINUTES = 15;

    private final DemoTimeline timeline;
    private final Map<Long, Map<LocalDate, Integer>> bookedMinutes = new HashMap<>();

    DemoCalendar(DemoTimeline timeline) {
        this.timeline = timeline;
    }

    Instant book(long personId, LocalDate day, int minutes) {
        Map<LocalDate, Integer> booked = bookedMinutes.computeIfAbsent(personId, id -> new HashMap<>());
        LocalDate chosen = day;
        if (booked.getOrDefault(day, 0) + minutes > DAY_MINUTES) {
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
            for (int i = 0; i < 5; i++) {
                LocalDate other = monday.plusDays(i);
                if (timeline.contains(other) && other.getMonth() == day.getMonth()
                        && booked.getOrDefault(other, 0) + minutes <= DAY_MINUTES) {
                    chosen = other;
                    break;
                }
            }
        }
        int offset = booked.getOrDefault(chosen, 0);
        booked.put(chosen, offset + minutes + BREAK_MINUTES);
        return chosen.atTime(DAY_START).plusMinutes(offset).atZone(timeline.zone()).toInstant();
    }
}
