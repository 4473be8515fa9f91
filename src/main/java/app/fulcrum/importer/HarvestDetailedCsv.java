package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Harvest detailed time report CSV. Harvest gives a date and decimal hours but no time of day, so
 * an entry starts at midnight of its date in the import zone (as solidtime's importer does). Hours
 * follow the account locale: "1,5" and "2.000,0" (decimal comma) as well as "1.5". The person is
 * First Name + Last Name. No row id: hashed identity.
 */
public final class HarvestDetailedCsv implements SourceFormat {
    private static final List<String> REQUIRED = List.of("Date", "Project", "Task", "Hours", "First Name",
            "Last Name");

    @Override
    public String id() {
        return "harvest";
    }

    @Override
    public String description() {
        return "Harvest detailed time report CSV";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvColumns header = CsvColumns.ofHead(head, ',');
        return header.hasAll(REQUIRED.toArray(String[]::new)) && header.has("Billable?");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvRecords.read(fileName, content, ',', REQUIRED, sink, (line, out) -> read(line, options, out));
    }

    private void read(CsvLine line, ParseOptions options, RowSink sink) {
        LocalDate date = Fields.date("Date", line.required("Date"), DateOrder.ofLocale(options.locale()));
        long seconds = Fields.hoursToSeconds("Hours", line.required("Hours"), options.locale());
        String person = join(line.text("First Name"), line.text("Last Name"));
        String id = ExternalIds.hashOf("harvest", person, date.toString(), Long.toString(seconds),
                line.text("Client"), line.text("Project"), line.text("Task"), line.text("Notes"));
        sink.row(new ImportedTime(line.line(), id, line.text("Project"), line.text("Client"), line.text("Task"),
                List.of(), person, null, Fields.instant("Date", date, LocalTime.MIDNIGHT, options.zone()), seconds,
                line.text("Notes")));
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
