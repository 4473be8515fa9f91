package app.fulcrum.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Kimai timesheet export CSV with the English default template (Date, From, To, Duration, ...).
 * Kimai writes no BOM, separates by ',' or ';' (sniffed from the header), and gives From/To as
 * times of the Date: To before From means the entry ran past midnight. Without From/To the decimal
 * Duration is used. Headers are translated in other languages; give a rules file or re-export in
 * English. No row id: hashed identity.
 */
public final class KimaiCsv implements SourceFormat {
    private static final String[] REQUIRED = {"Date", "From", "To", "Duration", "Project", "Activity"};
    private static final int SNIFF_BYTES = 4096;

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
        return CsvHeader.ofHead(head, separator(head)).has(REQUIRED);
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, SNIFF_BYTES);
        char separator = separator(TextLines.peek(buffered, SNIFF_BYTES));
        DateOrder order = DateOrder.ofLocale(options.locale());
        CsvTable.read(fileName, buffered, separator, sink, Columns::new, (row, c) -> read(row, c, order, options, sink));
    }

    static char separator(String head) {
        int end = head.indexOf('\n');
        String first = end < 0 ? head : head.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private record Columns(int date, int from, int to, int duration, int customer, int project, int activity,
                           int description, int tags, int name, int user, int email) {
        Columns(CsvHeader h) {
            this(h.require("Date"), h.require("From"), h.require("To"), h.require("Duration"), h.find("Customer"),
                    h.require("Project"), h.require("Activity"), h.find("Description"), h.find("Tags"), h.find("Name"),
                    h.find("User"), h.find("E-mail"));
        }
    }

    private static void read(CsvRow row, Columns c, DateOrder order, ParseOptions options, RowSink sink) {
        LocalDate date = row.date(c.date(), order);
        Instant start;
        long seconds;
        if (!row.isBlank(c.from()) && !row.isBlank(c.to())) {
            LocalTime from = row.time(c.from());
            start = row.instant(c.from(), date, from, options.zone());
            LocalTime to = row.time(c.to());
            LocalDate endDate = to.isBefore(from) ? date.plusDays(1) : date;
            seconds = Duration.between(start, row.instant(c.to(), endDate, to, options.zone())).getSeconds();
        } else {
            start = row.instant(c.date(), date, LocalTime.MIDNIGHT, options.zone());
            seconds = row.hours(c.duration(), options.locale());
        }
        String person = row.textOrNull(c.name()) != null ? row.textOrNull(c.name()) : row.textOrNull(c.user());
        String id = ContentId.CASE_INSENSITIVE.of("kimai", row.textOrNull(c.email()), person, start.toString(),
                Long.toString(seconds), row.textOrNull(c.project()), row.textOrNull(c.activity()),
                row.textOrNull(c.description()));
        sink.row(new ImportedTime(row.line(), id, row.textOrNull(c.project()), row.textOrNull(c.customer()),
                row.textOrNull(c.activity()), TogglDetailedCsv.splitTags(row.textOrNull(c.tags())), person,
                row.textOrNull(c.email()), start, seconds, row.textOrNull(c.description())));
    }
}
