package app.fulcrum.importer;

import java.time.Instant;
import java.util.List;

/** A work session from a time tracker or a calendar. Text fields are null when the source lacks them. */
public record ImportedTime(int line, String externalId, String project, String client, String task,
                           List<String> tags, String person, String email, Instant start, long durationSeconds,
                           String description) implements ImportedRow {
    public ImportedTime {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
