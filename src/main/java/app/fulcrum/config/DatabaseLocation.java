package app.fulcrum.config;

import app.fulcrum.domain.FulcrumException;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database lives, resolved once: {@code --db-url} &gt; {@code --db PATH} &gt;
 * {@code FULCRUM_DB_URL} &gt; the user's data directory ({@code $XDG_DATA_HOME/fulcrum/fulcrum.db},
 * else {@code ~/.local/share/fulcrum/fulcrum.db}).
 */
public record DatabaseLocation(String jdbcUrl, String user, String password) {

    public static DatabaseLocation resolve(String urlFlag, Path pathFlag, Map<String, String> env) {
        if (urlFlag != null && pathFlag != null) {
            throw new FulcrumException("give either --db or --db-url, not both");
        }
        if (urlFlag != null) {
            return fromUrl(urlFlag, env);
        }
        if (pathFlag != null) {
            return sqlite(pathFlag);
        }
        String envUrl = env.get("FULCRUM_DB_URL");
        if (envUrl != null && !envUrl.isBlank()) {
            return fromUrl(envUrl, env);
        }
        return sqlite(defaultPath(env));
    }

    public static DatabaseLocation sqlite(Path file) {
        return new DatabaseLocation("jdbc:sqlite:" + file.toAbsolutePath().normalize(), null, null);
    }

    /** Where the CLI writes its log: beside the default database. */
    public static Path logPath(Map<String, String> env) {
        return defaultPath(env).resolveSibling("fulcrum.log");
    }

    /** The demo's own file beside the default database, so trying the demo never touches real data. */
    public static Path demoPath(Map<String, String> env) {
        return defaultPath(env).resolveSibling("demo.db");
    }

    static Path defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("fulcrum").resolve("fulcrum.db");
    }

    private static DatabaseLocation fromUrl(String url, Map<String, String> env) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new FulcrumException("database URL '" + url
                    + "' is not supported: expected jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
        }
        return new DatabaseLocation(url, env.get("FULCRUM_DB_USER"), env.get("FULCRUM_DB_PASSWORD"));
    }

    public boolean isSqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** The SQLite file, for messages; null for PostgreSQL. */
    public Path sqliteFile() {
        return isSqlite() ? Path.of(jdbcUrl.substring("jdbc:sqlite:".length())) : null;
    }

    @Override
    public String toString() {
        return isSqlite() ? sqliteFile().toString() : jdbcUrl;
    }
}
