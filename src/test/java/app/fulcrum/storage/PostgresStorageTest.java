package app.fulcrum.storage;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The storage contract on a real PostgreSQL server named by PG_URL, PG_USER and PG_PASSWORD (see
 * ./check). Each test migrates its own fresh schema and drops it afterwards. Without PG_URL the tests
 * are skipped, unless FULCRUM_REQUIRE_PG=1 (as in ./check and CI), where they fail instead.
 */
class PostgresStorageTest extends StorageContractTest {
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected String newDatabaseUrl() throws Exception {
        String url = System.getenv("PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("FULCRUM_REQUIRE_PG"))) {
                fail("FULCRUM_REQUIRE_PG=1 but PG_URL is not set: run the tests through ./check, which starts PostgreSQL");
            }
            Assumptions.abort("PG_URL is not set; PostgreSQL storage tests skipped (./check runs them)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected String user() {
        return System.getenv("PG_USER");
    }

    @Override
    protected String password() {
        return System.getenv("PG_PASSWORD");
    }

    @Override
    protected void discardDatabase() throws Exception {
        if (!schemas.isEmpty()) {
            try (Connection c = connect()) {
                for (String schema : schemas) {
                    c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getenv("PG_URL"), System.getenv("PG_USER"), System.getenv("PG_PASSWORD"));
    }
}
