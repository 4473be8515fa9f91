package app.fulcrum.bench;

import app.fulcrum.importer.ImportProblem;
import app.fulcrum.importer.ImportedRow;
import app.fulcrum.importer.ParseOptions;
import app.fulcrum.importer.RowSink;
import app.fulcrum.importer.TogglDetailedCsv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark helper for bench/import.sh (not a test): {@code generate FILE ROWS} writes a Toggl
 * detailed CSV with a BOM, 8 projects, 5 people and unique rows (seeded, so every run is the same
 * file); {@code parse FILE} times parsing alone into a counting sink, the "parse" share of an import.
 */
public final class ImportBench {
    static final String[] PROJECTS = {"Retainer", "Newsletter", "Course launch", "Audit", "Group program",
            "Membership", "Workshop", "Podcast"};
    static final String[] PEOPLE = {"Zoë Müller,zoe@example.com", "Ana Ruiz,ana@example.mx",
            "Björn Ek,bjorn@example.se", "Sean O'Brien,sean@example.ie", "Kim Lee,kim@example.kr"};

    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("parse")) {
            parse(Path.of(args[1]));
        } else {
            System.err.println("usage: ImportBench generate FILE ROWS | parse FILE");
            System.exit(2);
        }
    }

    static void generate(Path file, int rows) throws IOException {
        Random random = new Random(42);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 8, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\ufeffUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
                    + "End time,Duration,Tags,Amount (USD)\n");
            for (int i = 0; i < rows; i++) {
                start = start.plusMinutes(5 + random.nextInt(20));
                int minutes = 1 + random.nextInt(180);
                LocalDateTime end = start.plusMinutes(minutes);
                String tags = random.nextInt(4) == 0 ? "\"promotion, writing\"" : "";
                out.write(PEOPLE[random.nextInt(PEOPLE.length)] + ",\"Acme, Inc.\"," + PROJECTS[random.nextInt(8)]
                        + ",,\"Session " + i + ", notes\",Yes," + start.toLocalDate() + "," + start.toLocalTime()
                        + ":00," + end.toLocalDate() + "," + end.toLocalTime() + ":00,"
                        + String.format(Locale.ROOT, "%02d:%02d:00", minutes / 60, minutes % 60) + "," + tags
                        + "," + (minutes * 150 / 60) + ".00\n");
            }
        }
    }

    static void parse(Path file) throws IOException {
        long[] counts = new long[3];
        RowSink sink = new RowSink() {
            @Override public void row(ImportedRow row) { counts[0]++; }
            @Override public void skipped(int line, String reason) { counts[1]++; }
            @Override public void problem(ImportProblem problem) { counts[2]++; }
        };
        long begin = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            new TogglDetailedCsv().parse(file.getFileName().toString(), in,
                    new ParseOptions(ZoneId.of("Europe/Berlin"), Locale.ROOT, null), sink);
        }
        System.out.printf(Locale.ROOT, "parse only: %d rows, %d skipped, %d problems in %.2f s%n", counts[0],
                counts[1], counts[2], (System.nanoTime() - begin) / 1e9);
    }
}
