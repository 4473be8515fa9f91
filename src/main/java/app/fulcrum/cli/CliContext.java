package app.fulcrum.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What every command shares: its output streams, the environment, the clock (tests fix it), and
 * the database, opened on first use and closed when the command ends.
 */
public final class CliContext implements AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;

    CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today(java.time.ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
    }
}
