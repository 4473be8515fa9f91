package app.fulcrum.storage;

import app.fulcrum.domain.FulcrumException;
import com.zaxxer.hikari.HikariConfig;
import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * The two databases Fulcrum runs on, and the little that differs between them: the migration folder,
 * the connection pool, and resetting id sequences after rows were inserted with explicit ids. All
 * other SQL is shared.
 */
enum Vendor {
    SQLITE("sqlite", "jdbc:sqlite:"),
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    private final String label;
    private final String urlPrefix;

    Vendor(String label, String urlPrefix) {
        this.label = label;
        this.urlPrefix = urlPrefix;
    }

    static Vendor of(String jdbcUrl) {
        for (Vendor vendor : values()) {
            if (jdbcUrl != null && jdbcUrl.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new FulcrumException("database URL '" + jdbcUrl
                + "' is not supported: expected jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
    }

    String label() {
        return label;
    }

    /** Plain Flyway has no {vendor} placeholder, so the folder is chosen here. */
    String migrations() {
        return "classpath:db/migration/" + label;
    }

    /**
     * SQLite: WAL lets readers run beside the one writer; every transaction starts IMMEDIATE (takes
     * the write lock up front) so two writers queue on busy_timeout instead of failing on a lock
     * upgrade. A few connections suffice: writes are serialised by SQLite anyway, and a pool of one
     * would deadlock a read made while a transaction is open.
     */
    void configure(HikariConfig config) {
        if (this == SQLITE) {
            config.setMaximumPoolSize(4);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("temp_store", "MEMORY");   // GROUP BY scratch b-trees
            config.addDataSourceProperty("cache_size", "-32000");   // 32 MB of pages per connection
        } else {
            config.setMaximumPoolSize(8);
        }
    }

    /**
     * PostgreSQL's default 4 MB of sort/hash memory makes the facts GROUP BYs over a million rows spill
     * to disk; 64 MB for this transaction only keeps them in memory. SQLite needs nothing.
     */
    void prepareForAggregates(Handle handle) {
        if (this == POSTGRESQL) {
            handle.execute("SET LOCAL work_mem = '64MB'");
        }
    }

    /** After inserting rows with explicit ids, makes the next generated id larger than all of them. */
    void resetIdSequences(Handle handle, List<String> tables) {
        if (this == POSTGRESQL) {
            for (String table : tables) {
                handle.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)").mapTo(Long.class).one();
            }
        }
        // SQLite's INTEGER PRIMARY KEY already continues from the largest id present.
    }
}
