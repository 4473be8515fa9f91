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
    private static final String[] REQUIRED = {"Date", "Project", "Task", "Hours", "First Name", "Last Name"};

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
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has(REQUIRED) && header.has("Billable?");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        DateOrder order = DateOrder.ofLocale(options.locale());
        CsvTable.read(fileName, content, ',', sink, Columns::new, (row, c) -> read(row, c, order, options, sink));
    }

    private record Columns(int date, int client, int project, int task, int notes, int hours, int firstName,
                           int lastName) {
        Columns(CsvHeader h) {
            this(h.require("Date"), h.find("Client"), h.require("Project"), h.require("Task"), h.find("Notes"),
                    h.require("Hours"), h.require("First Name"), h.require("Last Name"));
        }
    }

    private static void read(CsvRow row, Columns c, DateOrder order, ParseOptions options, RowSink sink) {
        LocalDate date = row.date(c.date(), order);
        long seconds = row.hours(c.hours(), options.locale());
        String person = join(row.textOrNull(c.firstName()), row.textOrNull(c.lastName()));
        String id = ContentId.CASE_INSENSITIVE.of("harvest", person, date.toString(), Long.toString(seconds),
                row.textOrNull(c.client()), row.textOrNull(c.project()), row.textOrNull(c.task()),
                row.textOrNull(c.notes()));
        sink.row(new ImportedTime(row.line(), id, row.textOrNull(c.project()), row.textOrNull(c.client()),
                row.textOrNull(c.task()), List.of(), person, null,
                row.instant(c.date(), date, LocalTime.MIDNIGHT, options.zone()), seconds,
                row.textOrNull(c.notes())));
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
