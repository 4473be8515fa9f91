package app.fulcrum;

import app.fulcrum.cli.Cli;
import app.fulcrum.config.DatabaseLocation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Composition root: the real streams, environment and clock into the CLI. Nothing imports it. */
public final class Main {
    private Main() {
    }

    /**
     * Library warnings and internal errors go to fulcrum.log beside the default database, never to the
     * terminal: a person sees one sentence, the stack trace waits in the log. Must run before the
     * first logger is created.
     */
    private static void logToFile(Map<String, String> env) {
        String property = "org.slf4j.simpleLogger.logFile";
        if (System.getProperty(property) != null) {
            return;
        }
        Path log = DatabaseLocation.logPath(env);
        try {
            Files.createDirectories(log.getParent());
            System.setProperty(property, log.toString());
        } catch (IOException | RuntimeException e) {
            // Unwritable data directory: logging stays on stderr, the default.
        }
    }

    public static void main(String[] args) {
        logToFile(System.getenv());
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.create(out, err, System.getenv(), Clock.systemDefaultZone()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
