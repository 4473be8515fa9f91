package app.fulcrum.cli;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.export.HledgerJournal;
import app.fulcrum.export.HledgerTimeclock;
import app.fulcrum.export.SnapshotCsv;
import app.fulcrum.export.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole workspace out.",
                "json: an exact backup that 'fulcrum restore' reads back (to stdout, or --output FILE).",
                "csv: one table per file (streams, people, time entries, sales, expenses, audience) into --output DIR.",
                "hledger: a journal (money per stream, in the base currency) and a timeclock file (hours per stream,",
                "activity and person) that hledger reads: --output DIR (fulcrum.journal, fulcrum.timeclock)",
                "or --journal FILE and/or --timeclock FILE."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json, csv or hledger (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "File (json) or directory (csv, hledger).")
    Path output;

    @Option(names = "--journal", paramLabel = "FILE", description = "hledger: where to write the journal (money).")
    Path journal;

    @Option(names = "--timeclock", paramLabel = "FILE", description = "hledger: where to write the timeclock file (time).")
    Path timeclock;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        WorkspaceSnapshot snapshot = context.inWorkspace(store -> store.snapshot());
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> json(snapshot);
            case "csv" -> csv(snapshot);
            case "hledger" -> hledger(snapshot);
            default -> throw new FulcrumException("unknown export format '" + format + "': expected json, csv or hledger");
        }
        return 0;
    }

    private void json(WorkspaceSnapshot snapshot) throws IOException {
        if (output == null) {
            context.out().print(toJson(snapshot));
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                SnapshotJson.write(snapshot, out);
            }
            context.err().printf("Wrote %s%n", output);
        }
    }

    private static String toJson(WorkspaceSnapshot snapshot) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            SnapshotJson.write(snapshot, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8) + "\n";
    }

    private void csv(WorkspaceSnapshot snapshot) throws IOException {
        if (output == null) {
            throw new FulcrumException("csv export writes several tables: give a directory with --output DIR");
        }
        for (Path file : SnapshotCsv.write(snapshot, output)) {
            context.err().printf("Wrote %s%n", file);
        }
    }

    // ---- hledger (importmoney): the journal/timeclock bridge; pure writers in app.fulcrum.export ----

    private void hledger(WorkspaceSnapshot snapshot) throws IOException {
        Path journalFile = journal != null ? journal : output == null ? null : output.resolve("fulcrum.journal");
        Path timeclockFile = timeclock != null ? timeclock : output == null ? null : output.resolve("fulcrum.timeclock");
        if (journalFile == null && timeclockFile == null) {
            throw new FulcrumException("hledger export writes files: give --output DIR, or --journal FILE and/or --timeclock FILE");
        }
        if (output != null) {
            Files.createDirectories(output);
        }
        if (journalFile != null) {
            Files.writeString(journalFile, HledgerJournal.of(snapshot));
            context.err().printf("Wrote %s (%d sales and refunds, %d expenses)%n", journalFile, snapshot.sales().size(),
                    snapshot.expenses().size());
        }
        if (timeclockFile != null) {
            Files.writeString(timeclockFile, HledgerTimeclock.of(snapshot));
            context.err().printf("Wrote %s (%d time entries)%n", timeclockFile, snapshot.timeEntries().size());
        }
    }
}
