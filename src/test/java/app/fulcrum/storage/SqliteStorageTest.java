package app.fulcrum.storage;

import app.fulcrum.domain.FulcrumException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storage contract on a SQLite file in a new, not yet existing directory. */
class SqliteStorageTest extends StorageContractTest {
    private Path file;
    private int made;

    @Override
    protected String newDatabaseUrl() {
        Path next = tempDir.resolve("data/nested/fulcrum-" + (++made) + ".db");
        if (file == null) {
            file = next;
        }
        return "jdbc:sqlite:" + next;
    }

    @Test
    void opening_creates_the_file_and_its_directories_in_wal_mode() throws Exception {
        assertThat(file).exists();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");  // WAL is persistent, so a fresh connection still sees it
        }
    }

    @Test
    void reopening_an_existing_file_keeps_its_workspaces() {
        var ws = workspace("Ann Coaching");
        db.close();
        db = Databases.open("jdbc:sqlite:" + file, null, null);
        assertThat(db.workspaces()).containsExactly(ws);
    }

    @Test
    void a_url_that_is_neither_sqlite_nor_postgresql_is_refused_in_one_sentence() {
        assertThatThrownBy(() -> Databases.open("jdbc:mysql://localhost/x", null, null))
                .isInstanceOf(FulcrumException.class)
                .hasMessage("database URL 'jdbc:mysql://localhost/x' is not supported: expected jdbc:sqlite:FILE"
                        + " or jdbc:postgresql://HOST:PORT/DB");
    }

    @Test
    void a_file_that_is_not_a_database_is_refused_with_its_name() throws Exception {
        Path bogus = tempDir.resolve("notes.db");
        Files.writeString(bogus, "this is a text file, not SQLite, and long enough to have a header......");
        assertThatThrownBy(() -> Databases.open("jdbc:sqlite:" + bogus, null, null))
                .isInstanceOf(FulcrumException.class).hasMessageContaining(bogus.toString());
    }
}
