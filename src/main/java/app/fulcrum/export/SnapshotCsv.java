package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Stream;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A workspace as plain CSV tables for spreadsheets: streams, people, time entries, sales, expenses,
 * audience. Names instead of ids where a person reads them; amounts as exact decimal strings.
 */
public final class SnapshotCsv {
    private SnapshotCsv() {
    }

    /** Writes the tables into {@code dir} and returns the files written. */
    public static List<Path> write(WorkspaceSnapshot s, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Long, String> streams = s.streams().stream().collect(Collectors.toMap(Stream::id, Stream::name));
        Map<Long, String> people = s.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        Function<Long, String> stream = id -> id == null ? "" : streams.getOrDefault(id, "#" + id);
        List<Path> written = new ArrayList<>();
        written.add(table(dir.resolve("streams.csv"), List.of("id", "name", "kind", "rung", "list_price", "currency",
                "capacity_hours_per_week", "capacity_seats", "status"), s.streams().stream().map(x -> List.of(
                str(x.id()), x.name(), x.kind().label(), str(x.kind().rung()), amount(x.listPrice()),
                x.listPrice() == null ? "" : code(x.listPrice()), str(x.capacityHoursPerWeek()), str(x.capacitySeats()),
                x.status().label())).toList()));
        written.add(table(dir.resolve("people.csv"), List.of("id", "name", "email", "role", "cost_rate"),
                s.people().stream().map(p -> List.of(str(p.id()), p.name(), str(p.email()), p.role().label(),
                        amount(p.costRatePerHour()))).toList()));
        written.add(table(dir.resolve("time_entries.csv"), List.of("id", "person", "stream", "activity", "start_utc",
                "hours", "note", "source", "external_id"), s.timeEntries().stream().map(t -> List.of(str(t.id()),
                people.getOrDefault(t.personId(), "#" + t.personId()), stream.apply(t.streamId()), t.activity().label(),
                t.start().toString(), java.math.BigDecimal.valueOf(t.durationSeconds()).divide(
                        java.math.BigDecimal.valueOf(3600), 4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString(),
                str(t.note()), t.provenance().source(), str(t.provenance().externalId()))).toList()));
        written.add(table(dir.resolve("sales.csv"), List.of("id", "stream", "at_utc", "type", "customer", "gross",
                "fee", "currency", "base_gross", "base_fee", "refund_of", "recurring", "channel", "source", "external_id"),
                s.sales().stream().map(x -> List.of(str(x.id()), stream.apply(x.streamId()), x.at().toString(),
                        x.refund() ? "refund" : "sale", str(x.customer()), amount(x.gross()), amount(x.fee()), code(x.gross()),
                        amount(x.baseGross()), amount(x.baseFee()), str(x.refundOf()), str(x.recurring()), str(x.channel()),
                        x.provenance().source(), str(x.provenance().externalId()))).toList()));
        written.add(table(dir.resolve("expenses.csv"), List.of("id", "stream", "category", "date", "amount", "currency",
                "base_amount", "note", "source"), s.expenses().stream().map(e -> List.of(str(e.id()),
                e.streamId() == null ? "(shared)" : stream.apply(e.streamId()), e.category().label(), e.date().toString(),
                amount(e.amount()), code(e.amount()), amount(e.baseAmount()), str(e.note()), e.provenance().source())).toList()));
        written.add(table(dir.resolve("audience.csv"), List.of("date", "list_size", "buyers"),
                s.audience().stream().map(a -> List.of(a.date().toString(), str(a.listSize()), str(a.buyers()))).toList()));
        return written;
    }

    private static Path table(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord(header);
            for (List<String> row : rows) {
                csv.writeRecord(row);
            }
        }
        return file;
    }

    private static String str(Object o) {
        return o == null ? "" : (o instanceof java.math.BigDecimal d ? d.toPlainString() : o.toString());
    }

    private static String amount(Money m) {
        return m == null ? "" : m.toPlainString();
    }

    private static String code(Money m) {
        return m.currency().getCurrencyCode();
    }
}
