package app.fulcrum.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Clockify detailed report CSV (all fields quoted). Dates and times follow the exporting user's
 * settings: MM/DD/YYYY or DD/MM/YYYY (sniffed from the first 64 KB, see {@link DateOrder}), 12-hour
 * times with or without seconds ({@code 12:45:00 AM} is just after midnight) or 24-hour. The length
 * is {@code Duration (h)} when it is H:MM:SS, else end minus start. No row id: hashed identity.
 */
public final class ClockifyDetailedCsv implements SourceFormat {
    private static final String[] REQUIRED = {"Project", "User", "Email", "Start Date", "Start Time", "End Date",
        "End Time"};
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
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has(REQUIRED) && header.has("Duration (h)");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, SNIFF_BYTES);
        DateOrder order = DateOrder.sniff(TextLines.peek(buffered, SNIFF_BYTES), options.locale());
        CsvTable.read(fileName, buffered, ',', sink, Columns::new, (row, c) -> read(row, c, order, options, sink));
    }

    private record Columns(int project, int client, int task, int description, int tags, int user, int email,
                           int startDate, int startTime, int endDate, int endTime, int hours) {
        Columns(CsvHeader h) {
            this(h.require("Project"), h.find("Client"), h.find("Task"), h.find("Description"), h.find("Tags"),
                    h.require("User"), h.require("Email"), h.require("Start Date"), h.require("Start Time"),
                    h.require("End Date"), h.require("End Time"), h.find("Duration (h)"));
        }
    }

    private static void read(CsvRow row, Columns c, DateOrder order, ParseOptions options, RowSink sink) {
        Instant start = instant(row, c.startDate(), c.startTime(), order, options);
        Instant end = instant(row, c.endDate(), c.endTime(), order, options);
        long seconds = seconds(row, c, start, end, options);
        String tags = row.textOrNull(c.tags());
        String id = ContentId.CASE_INSENSITIVE.of("clockify", row.textOrNull(c.email()), row.textOrNull(c.user()),
                start.toString(), Long.toString(seconds), row.textOrNull(c.project()), row.textOrNull(c.task()),
                row.textOrNull(c.description()), tags);
        sink.row(new ImportedTime(row.line(), id, row.textOrNull(c.project()), row.textOrNull(c.client()),
                row.textOrNull(c.task()), TogglDetailedCsv.splitTags(tags), row.textOrNull(c.user()),
                row.textOrNull(c.email()), start, seconds, row.textOrNull(c.description())));
    }

    private static Instant instant(CsvRow row, int dateColumn, int timeColumn, DateOrder order, ParseOptions options) {
        LocalDate date = row.date(dateColumn, order);
        return row.instant(timeColumn, date, row.time(timeColumn), options.zone());
    }

    private static long seconds(CsvRow row, Columns c, Instant start, Instant end, ParseOptions options) {
        String stated = row.textOrNull(c.hours());
        if (stated != null && stated.matches("\\d+:\\d\\d:\\d\\d")) {
            return row.duration(c.hours(), options.locale());
        }
        if (end.isBefore(start)) {
            throw row.inColumn(c.endTime(), new BadValue(end.toString(), "an end at or after the start " + start));
        }
        return Duration.between(start, end).getSeconds();
    }
}
