package app.fulcrum.cli;

import app.fulcrum.app.DemoBusiness;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Stream;
import app.fulcrum.storage.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fulcrum demo} in process, on a real SQLite file. */
class DemoCommandTest {

    @TempDir
    static Path dir;

    private static Map<String, Long> grossByStream;

    private static synchronized Map<String, Long> demoGrossByStream() {
        if (grossByStream == null) {
            Path db = dir.resolve("demo.db");
            CliRun.run(db, "demo", "--today", "2025-06-30").ok();
            try (var database = Databases.open("jdbc:sqlite:" + db, null, null)) {
                var workspace = database.workspaces().get(0);
                ReportFacts facts = database.inTransaction(workspace.id(), store -> store.facts(null, null));
                Map<Long, String> names = facts.streams().stream().collect(Collectors.toMap(Stream::id, Stream::name));
                grossByStream = facts.sales().stream().collect(Collectors.groupingBy(f -> names.get(f.streamId()),
                        Collectors.summingLong(ReportFacts.SaleFact::grossMinor)));
            }
        }
        return grossByStream;
    }

    @ParameterizedTest(name = "{0}: gross {1}")
    @CsvSource({
            // the same figures as DemoBusinessTest's in-memory run: SQLite stores and aggregates them exactly
            "One-on-one coaching,   26457500",
            "Career Momentum group,  7820000",
            "Career Pivot course,    1217700",
    })
    void the_demo_lands_in_sqlite_with_the_exact_gross_of_each_stream(String stream, long grossMinor) {
        assertThat(demoGrossByStream()).containsEntry(stream, grossMinor);
    }

    @Test
    void the_demo_prints_a_report_that_tells_the_story(@TempDir Path own) {
        String out = CliRun.run(own.resolve("d.db"), "demo", "--today", "2025-06-30").ok().out();
        assertThat(out).startsWith("Created the demo business '" + DemoBusiness.WORKSPACE_NAME
                + "' (three years to 2025-06-30)");
        // The group is live delivery (active); the course's owner time does not grow with sales, but is not nil.
        assertThat(out).contains("Career Momentum group (group, rung 2): active");
        assertThat(out).contains("Career Pivot course (course, rung 3): leveraged");
        String course = out.substring(out.indexOf("Career Pivot course (course"));
        assertThat(course).containsPattern("Payback +not yet");
    }

    @Test
    void a_database_that_already_holds_a_workspace_is_refused_in_one_sentence(@TempDir Path own) {
        Path db = own.resolve("mine.db");
        CliRun.run(db, "init", "--currency", "EUR", "--timezone", "Europe/Berlin", "--owner", "Kim").ok();
        CliRun run = CliRun.run(db, "demo");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("fulcrum: the database " + db.toAbsolutePath()
                + " already holds the workspace 'Kim'; the demo needs a fresh one, e.g. 'fulcrum demo --db demo.db'");
    }

    @Test
    void scale_zero_is_a_usage_error(@TempDir Path own) {
        CliRun run = CliRun.run(own.resolve("z.db"), "demo", "--scale", "0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--scale must be 1 or more, got 0");
    }

    @Test
    void scale_two_generates_twenty_thousand_time_entries_and_four_thousand_sales(@TempDir Path own) {
        CliRun run = CliRun.run(own.resolve("g.db"), "demo", "--scale", "2", "--today", "2025-06-30").ok();
        // 2 × 10,000 time entries, 2 × 2,000 sales, 60 months × 22 expenses, 60 snapshots
        assertThat(run.out()).contains("20,000 time entries, 4,000 sales, 1,320 expenses, 60 audience snapshots");
    }
}
