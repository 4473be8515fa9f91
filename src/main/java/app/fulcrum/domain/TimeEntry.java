package app.fulcrum.domain;

import java.time.Instant;

/**
 * Work by one person: on a stream, or on none ({@code streamId} null = business overhead).
 * The start is a UTC instant; the duration is exact seconds.
 */
public record TimeEntry(long id, long personId, Long streamId, Activity activity, Instant start, long durationSeconds,
                        String note, Provenance provenance) {
    public TimeEntry {
        if (activity == null || start == null || provenance == null) {
            throw new IllegalArgumentException("activity, start and provenance are required");
        }
        if (durationSeconds <= 0) {
            throw new FulcrumException("a time entry needs a positive duration, got " + durationSeconds + " s");
        }
    }

    public TimeEntry withId(long newId) {
        return new TimeEntry(newId, personId, streamId, activity, start, durationSeconds, note, provenance);
    }
}
