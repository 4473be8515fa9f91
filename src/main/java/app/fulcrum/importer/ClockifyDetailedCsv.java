package app.fulcrum.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Clockify detailed report CSV (all fields quoted). Dates and times follow the exporting user's
 * settings: MM/DD/YYYY or DD/MM/YYYY (sniffed from the first 64 KB, see {@link DateOrder}), 12-hour
 * times with or without seconds ({@code 12:45:00 AM} is just after midnight) or 24-hour. The length
 * is {@code Duration (h)} when it is H:MM:SS, else end minus start. No row id: hashed identity.
 */
public final class ClockifyDetailedCsv implements SourceFormat {
    private static final List<String> REQUIRED = List.of("Project", "User", "Email", "Start Date", "Start Time",
            "End Date", "End Time");
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public String id() {
        return "clockify";
    }

    @Override
    public String description() {
        return "Clockify detailed report CSV";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvColumns header = CsvColumns.ofHead(head, ',');
        return header.hasAll(REQUIRED.toArray(String[]::new)) && header.has("Duration (h)");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        String head = new String(buffered.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        buffered.reset();
        DateOrder order = DateOrder.sniff(head, options.locale());
        CsvRecords.read(fileName, buffered, ',', REQUIRED, sink, (line, out) -> read(line, order, options, out));
    }

    private void read(CsvLine line, DateOrder order, ParseOptions options, RowSink sink) {
        LocalDate startDate = Fields.date("Start Date", line.required("Start Date"), order);
        Instant start = Fields.instant("Start Time", startDate, Fields.time("Start Time", line.required("Start Time")),
                options.zone());
        LocalDate endDate = Fields.date("End Date", line.required("End Date"), order);
        Instant end = Fields.instant("End Time", endDate, Fields.time("End Time", line.required("End Time")),
                options.zone());
        long seconds = seconds(line, start, end, options);
        String tags = line.text("Tags");
        String id = ExternalIds.hashOf("clockify", line.text("Email"), line.text("User"), start.toString(),
                Long.toString(seconds), line.text("Project"), line.text("Task"), line.text("Description"), tags);
        sink.row(new ImportedTime(line.line(), id, line.text("Project"), line.text("Client"), line.text("Task"),
                TogglDetailedCsv.splitTags(tags), line.text("User"), line.text("Email"), start, seconds,
                line.text("Description")));
    }

    private static long seconds(CsvLine line, Instant start, Instant end, ParseOptions options) {
        String stated = line.text("Duration (h)");
        if (stated != null && stated.matches("\\d+:\\d\\d:\\d\\d")) {
            return Fields.durationSeconds("Duration (h)", stated, options.locale());
        }
        if (end.isBefore(start)) {
            throw new BadValue("End Time", end.toString(), "an end at or after the start " + start);
        }
        return Duration.between(start, end).getSeconds();
    }
}
