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
 * Kimai timesheet export CSV with the English default template (Date, From, To, Duration, ...).
 * Kimai writes no BOM, separates by ',' or ';' (sniffed from the header), and gives From/To as
 * times of the Date: To before From means the entry ran past midnight. Without From/To the decimal
 * Duration is used. Headers are translated in other languages; give a rules file or re-export in
 * English. No row id: hashed identity.
 */
public final class KimaiCsv implements SourceFormat {
    private static final List<String> REQUIRED = List.of("Date", "From", "To", "Duration", "Project", "Activity");

    @Override
    public String id() {
        return "kimai";
    }

    @Override
    public String description() {
        return "Kimai timesheet export CSV (English headers)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return CsvColumns.ofHead(head, separator(head)).hasAll(REQUIRED.toArray(String[]::new));
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, 4096);
        buffered.mark(4096);
        char separator = separator(new String(buffered.readNBytes(4096), StandardCharsets.UTF_8));
        buffered.reset();
        CsvRecords.read(fileName, buffered, separator, REQUIRED, sink, (line, out) -> read(line, options, out));
    }

    static char separator(String head) {
        int end = head.indexOf('\n');
        String first = end < 0 ? head : head.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private void read(CsvLine line, ParseOptions options, RowSink sink) {
        LocalDate date = Fields.date("Date", line.required("Date"), DateOrder.ofLocale(options.locale()));
        String from = line.text("From");
        String to = line.text("To");
        Instant start;
        long seconds;
        if (from != null && to != null) {
            start = Fields.instant("From", date, Fields.time("From", from), options.zone());
            var endTime = Fields.time("To", to);
            LocalDate endDate = endTime.isBefore(Fields.time("From", from)) ? date.plusDays(1) : date;
            seconds = Duration.between(start, Fields.instant("To", endDate, endTime, options.zone())).getSeconds();
        } else {
            start = Fields.instant("Date", date, java.time.LocalTime.MIDNIGHT, options.zone());
            seconds = Fields.hoursToSeconds("Duration", line.required("Duration"), options.locale());
        }
        String person = line.text("Name") != null ? line.text("Name") : line.text("User");
        String id = ExternalIds.hashOf("kimai", line.text("E-mail"), person, start.toString(), Long.toString(seconds),
                line.text("Project"), line.text("Activity"), line.text("Description"));
        sink.row(new ImportedTime(line.line(), id, line.text("Project"), line.text("Customer"),
                line.text("Activity"), TogglDetailedCsv.splitTags(line.text("Tags")), person, line.text("E-mail"),
                start, seconds, line.text("Description")));
    }
}
