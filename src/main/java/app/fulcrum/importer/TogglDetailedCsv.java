package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * Toggl Track detailed report CSV, classic (minimal quoting, {@code Amount (USD)}) and newer
 * (every field quoted, no Amount column). Start date and time are wall-clock in the exporting
 * user's zone ({@code --timezone}); Duration is {@code H:MM:SS} and may pass 24 h, or decimal hours.
 * Toggl has no row id, so the identity is a hash of user, start, duration, project, task and text.
 */
public final class TogglDetailedCsv implements SourceFormat {
    private static final String[] REQUIRED = {"User", "Email", "Project", "Start date", "Start time", "Duration"};

    @Override
    public String id() {
        return "toggl";
    }

    @Override
    public String description() {
        return "Toggl Track detailed report CSV";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has(REQUIRED) && header.has("End date") && !header.has("Duration (h)");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        DateOrder order = DateOrder.ofLocale(options.locale());
        CsvTable.read(fileName, content, ',', sink, Columns::new, (row, c) -> read(row, c, order, options, sink));
    }

    private record Columns(int user, int email, int client, int project, int task, int description, int tags,
                           int startDate, int startTime, int duration) {
        Columns(CsvHeader h) {
            this(h.require("User"), h.require("Email"), h.find("Client"), h.require("Project"), h.find("Task"),
                    h.find("Description"), h.find("Tags"), h.require("Start date"), h.require("Start time"),
                    h.require("Duration"));
        }
    }

    private static void read(CsvRow row, Columns c, DateOrder order, ParseOptions options, RowSink sink) {
        LocalDate date = row.date(c.startDate(), order);
        LocalTime time = row.time(c.startTime());
        long seconds = row.duration(c.duration(), options.locale());
        String tags = row.textOrNull(c.tags());
        String id = ContentId.CASE_INSENSITIVE.of("toggl", row.textOrNull(c.email()), row.textOrNull(c.user()),
                date.toString(), time.toString(), Long.toString(seconds), row.textOrNull(c.project()),
                row.textOrNull(c.task()), row.textOrNull(c.description()), tags);
        sink.row(new ImportedTime(row.line(), id, row.textOrNull(c.project()), row.textOrNull(c.client()),
                row.textOrNull(c.task()), splitTags(tags), row.textOrNull(c.user()), row.textOrNull(c.email()),
                row.instant(c.startTime(), date, time, options.zone()), seconds,
                row.textOrNull(c.description())));
    }

    /** Toggl, Clockify and Kimai join tags with ", ". */
    static List<String> splitTags(String tags) {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
