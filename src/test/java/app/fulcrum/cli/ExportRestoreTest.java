package app.fulcrum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportRestoreTest {
    @TempDir
    Path dir;

    @Test
    void a_json_backup_restores_into_an_empty_database_exactly() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun.run(db, "init", "--currency", "EUR", "--timezone", "Europe/Berlin", "--owner", "Ana").ok();
        CliRun.run(db, "stream", "add", "Mentoring", "--kind", "one-on-one", "--price", "120").ok();
        CliRun.run(db, "person", "add", "Bo", "--helper", "--cost-rate", "20.50", "--email", "bo@example.com").ok();
        CliRun.run(db, "time", "add", "--stream", "Mentoring", "--activity", "delivery", "--start", "2024-03-31T01:30",
                "--minutes", "60", "--note", "über \"quoted\"").ok();
        CliRun.run(db, "sale", "add", "--stream", "Mentoring", "--amount", "120", "--fee", "3.78", "--date",
                "2024-03-31", "--customer", "k@example.com", "--recurring").ok();
        CliRun.run(db, "refund", "add", "--sale", "1", "--amount", "20", "--date", "2024-04-02").ok();
        CliRun.run(db, "expense", "add", "--stream", "Mentoring", "--category", "tools", "--amount", "9.99",
                "--date", "2024-03-02").ok();
        CliRun.run(db, "fx", "add", "--date", "2024-01-01", "--currency", "USD", "--rate", "0.9234").ok();
        CliRun.run(db, "audience", "add", "--date", "2024-03-31", "--list-size", "100").ok();

        String backup = CliRun.run(db, "export", "--format", "json").ok().out();
        Path file = dir.resolve("backup.json");
        Files.writeString(file, backup);

        Path other = dir.resolve("b.db");
        assertThat(CliRun.run(other, "restore", file.toString()).ok().out())
                .isEqualTo("Restored 'Ana' from " + file + ": 1 streams, 1 time entries, 2 sales, 1 expenses\n");
        assertThat(CliRun.run(other, "export", "--format", "json").ok().out()).isEqualTo(backup);
        assertThat(backup).contains("\"amount\" : \"3.78\"").contains("\"rate\" : 0.9234");
    }

    @Test
    void restore_over_existing_data_needs_replace() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ana").ok();
        Path file = dir.resolve("backup.json");
        Files.writeString(file, CliRun.run(db, "export").ok().out());
        CliRun r = CliRun.run(db, "restore", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("add --replace to overwrite it");
        CliRun.run(db, "restore", "--replace", file.toString()).ok();
    }

    @Test
    void a_broken_backup_is_named_with_line_and_column() throws Exception {
        Path db = dir.resolve("a.db");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"workspace\": [\n");
        CliRun r = CliRun.run(db, "restore", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("fulcrum: " + file + ":3:").doesNotContain("Exception");
    }

    @Test
    void csv_export_writes_one_table_per_file() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ana").ok();
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "49", "--date", "2024-01-05").ok();
        Path out = dir.resolve("csv");
        CliRun.run(db, "export", "--format", "csv", "--output", out.toString()).ok();
        assertThat(Files.readAllLines(out.resolve("sales.csv")).get(1))
                .startsWith("1,Course,2024-01-05T12:00:00Z,sale,,49.00,0.00,USD,49.00,0.00,,false,,manual,");
    }
}
