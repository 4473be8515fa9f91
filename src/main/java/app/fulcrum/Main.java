package app.fulcrum;

import app.fulcrum.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Composition root: the real streams, environment and clock into the CLI. Nothing imports it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.create(out, err, System.getenv(), Clock.systemDefaultZone()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
