package app.fulcrum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process on one database file with a fixed clock, capturing output and exit code. */
record CliRun(int code, String out, String err) {
    /** 2026-11-21 12:00 UTC: the "today" of every CLI test. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    static CliRun run(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return runRaw(Map.of("HOME", db.getParent().toString()), all.toArray(String[]::new));
    }

    static CliRun runRaw(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), env, CLOCK).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    CliRun ok() {
        if (code != 0) {
            throw new AssertionError("expected exit 0, got " + code + "\nout: " + out + "\nerr: " + err);
        }
        return this;
    }
}
