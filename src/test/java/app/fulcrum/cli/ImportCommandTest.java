package app.fulcrum.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fulcrum import} end to end on a real SQLite file. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path db;
    Path toggl;

    @BeforeEach
    void workspace_of_zoe_with_the_sample_streams() throws Exception {
        db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "Europe/Berlin", "--owner", "Zoë Müller",
                "--owner-email", "zoe@example.com").ok();
        for (String name : new String[]{"Retainer", "Newsletter", "Course launch", "Audit"}) {
            CliRun.run(db, "stream", "add", name, "--kind", "other").ok();
        }
        toggl = dir.resolve("toggl_detailed.csv");
        Files.copy(getClass().getResourceAsStream("/formats/toggl_detailed.csv"), toggl);
    }

    @Test
    void importing_the_toggl_sample_twice_reports_new_then_known() {
        CliRun first = CliRun.run(db, "import", toggl.toString()).ok();

        // 1.5 h + 1.25 h + 26.25 h = 29.00 h; the 00:00:00 row is skipped
        assertThat(first.out()).startsWith("Imported: 3 new, 0 already known, 1 skipped.")
                .contains("29.00 h").contains("skipped 1: zero-length time entry");

        CliRun second = CliRun.run(db, "import", toggl.toString()).ok();
        assertThat(second.out()).startsWith("Imported: 0 new, 3 already known, 1 skipped.");
    }

    @Test
    void a_dry_run_shows_hours_and_a_later_import_still_finds_everything_new() {
        CliRun dry = CliRun.run(db, "import", "--dry-run", toggl.toString()).ok();
        assertThat(dry.out()).startsWith("Dry run, nothing written: 3 new");

        assertThat(CliRun.run(db, "import", toggl.toString()).ok().out()).startsWith("Imported: 3 new");
    }

    @Test
    void a_missing_file_is_one_sentence_and_exit_1() {
        CliRun r = CliRun.run(db, "import", dir.resolve("nope.csv").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("fulcrum: no such file: " + dir.resolve("nope.csv") + System.lineSeparator());
    }
}
