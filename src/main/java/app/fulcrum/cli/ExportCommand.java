package app.fulcrum.cli;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.FulcrumException;
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
                "csv: one table per file (streams, people, time entries, sales, expenses, audience) into --output DIR."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "File (json) or directory (csv).")
    Path output;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        WorkspaceSnapshot snapshot = context.inWorkspace(store -> store.snapshot());
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> json(snapshot);
            case "csv" -> csv(snapshot);
            default -> throw new FulcrumException("unknown export format '" + format + "': expected json or csv");
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
}
