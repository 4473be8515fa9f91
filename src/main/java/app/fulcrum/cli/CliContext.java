package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.app.WorkspaceStore;
import app.fulcrum.config.DatabaseLocation;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Workspace;
import app.fulcrum.storage.Databases;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * What every command shares: its output streams, the environment, the clock (tests fix it), and
 * the database, opened on first use and closed when the command ends. The CLI works on the
 * database's first workspace; a hosted instance with many is served by the web app.
 */
public final class CliContext implements AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private Path dbPath;
    private String dbUrl;
    private Database database;

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

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    void setDbPath(Path path) {
        this.dbPath = path;
    }

    void setDbUrl(String url) {
        this.dbUrl = url;
    }

    /** True when the user chose a database (--db, --db-url or FULCRUM_DB_URL) rather than the default. */
    boolean databaseChosen() {
        String envUrl = env.get("FULCRUM_DB_URL");
        return dbPath != null || dbUrl != null || (envUrl != null && !envUrl.isBlank());
    }

    public DatabaseLocation location() {
        return DatabaseLocation.resolve(dbUrl, dbPath, env);
    }

    /** The database, created and migrated on first use. */
    public Database database() {
        if (database == null) {
            DatabaseLocation location = location();
            database = Databases.open(location.jdbcUrl(), location.user(), location.password());
        }
        return database;
    }

    /** The workspace the CLI works on; an error telling how to create one when there is none. */
    public Workspace workspace() {
        return database().workspaces().stream().findFirst().orElseThrow(() -> new FulcrumException(
                "no workspace in " + location() + " yet: run 'fulcrum init --currency USD --timezone America/New_York "
                        + "--owner \"Your Name\"' or 'fulcrum demo'"));
    }

    /** Runs {@code work} in one transaction on the CLI's workspace. */
    public <T> T inWorkspace(Function<WorkspaceStore, T> work) {
        return database().inTransaction(workspace().id(), work);
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
