package app.fulcrum.storage;

import app.fulcrum.app.Database;
import app.fulcrum.domain.FulcrumException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a Fulcrum database by JDBC URL: pools connections, migrates the schema, and hands back a {@link Database}. */
public final class Databases {
    /**
     * The highest migration version shipped (V{n}__*.sql in both vendor folders; a test keeps them in
     * step). When the database already stands there, Flyway's classpath scan and validation — about
     * half a second of every CLI command — is skipped.
     */
    static final int SCHEMA_VERSION = 3;

    private Databases() {
    }

    /**
     * Opens (and for SQLite creates, with its parent directories) the database at {@code jdbcUrl}
     * ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB}) and brings its schema up to
     * date. {@code user} and {@code password} may be null.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Vendor vendor = Vendor.of(jdbcUrl);
        if (vendor == Vendor.SQLITE) {
            createParentDirectories(jdbcUrl);
        }
        HikariDataSource pool = pool(vendor, jdbcUrl, user, password);
        try {
            if (!isCurrent(pool)) {
                Flyway.configure().dataSource(pool).locations(vendor.migrations()).load().migrate();
            }
            return new SqlDatabase(Jdbi.create(pool), pool, vendor);
        } catch (FlywayException e) {
            pool.close();
            throw new FulcrumException("cannot bring the database " + jdbcUrl + " up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** True when Flyway's history says every shipped migration, and nothing else, has been applied successfully. */
    private static boolean isCurrent(HikariDataSource pool) {
        try (var connection = pool.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int highest = 0;
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null && version.matches("\\d+")) {
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
            return highest == SCHEMA_VERSION;
        } catch (java.sql.SQLException noHistoryYet) {
            return false;
        }
    }

    private static HikariDataSource pool(Vendor vendor, String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("fulcrum-" + vendor.label());
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        vendor.configure(config);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FulcrumException("cannot open the database " + jdbcUrl + ": " + cause.getMessage(), e);
        }
    }

    /** SQLite creates the file on first use but not its directory. */
    private static void createParentDirectories(String jdbcUrl) {
        String target = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        if (target.startsWith("file:")) {
            target = target.substring("file:".length());
        }
        if (target.isEmpty() || target.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(target).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new FulcrumException("cannot create the directory " + parent + " for the database: " + e.getMessage(), e);
        }
    }
}
