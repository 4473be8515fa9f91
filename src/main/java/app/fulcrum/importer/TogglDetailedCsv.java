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
    private static final List<String> REQUIRED = List.of("User", "Email", "Project", "Start date", "Start time",
            "Duration");

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
        CsvColumns header = CsvColumns.ofHead(head, ',');
        return header.hasAll(REQUIRED.toArray(String[]::new)) && header.has("End date")
                && !header.has("Duration (h)");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvRecords.read(fileName, content, ',', REQUIRED, sink, (line, out) -> read(line, options, out));
    }

    private void read(CsvLine line, ParseOptions options, RowSink sink) {
        LocalDate date = Fields.date("Start date", line.required("Start date"), DateOrder.ofLocale(options.locale()));
        LocalTime time = Fields.time("Start time", line.required("Start time"));
        long seconds = Fields.durationSeconds("Duration", line.required("Duration"), options.locale());
        String tags = line.text("Tags");
        String id = ExternalIds.hashOf("toggl", line.text("Email"), line.text("User"), date.toString(),
                time.toString(), Long.toString(seconds), line.text("Project"), line.text("Task"),
                line.text("Description"), tags);
        sink.row(new ImportedTime(line.line(), id, line.text("Project"), line.text("Client"), line.text("Task"),
                splitTags(tags), line.text("User"), line.text("Email"),
                Fields.instant("Start time", date, time, options.zone()), seconds, line.text("Description")));
    }

    /** Toggl, Clockify and Kimai join tags with ", ". */
    static List<String> splitTags(String tags) {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
