package app.fulcrum.cli;

import app.fulcrum.app.InMemoryDatabase;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(InMemoryDatabase db, String... args) {
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of(),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneId.of("UTC")));
        Workspace workspace = db.workspaces().get(0);
        WorkspaceAccess access = new WorkspaceAccess() {
            @Override
            public <T> T with(java.util.function.BiFunction<app.fulcrum.app.Database, Workspace, T> work) {
                return work.apply(db, workspace);
            }
        };
        CommandLine cli = new CommandLine(new ImportCommand(context, access));
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("fulcrum: " + ex.getMessage());
            return 1;
        });
        int code = cli.execute(args);
        context.close();
        return code;
    }

    private static InMemoryDatabase workspace() {
        InMemoryDatabase db = new InMemoryDatabase();
        db.createWorkspace(new Workspace(0, "Z", Currency.getInstance("USD"), ZoneId.of("Europe/Berlin")),
                "Zoë Müller", "zoe@example.com");
        db.inTransaction(1, s -> {
            for (String name : new String[]{"Retainer", "Newsletter", "Course launch", "Audit"}) {
                s.addStream(new Stream(0, name, StreamKind.OTHER, null, null, null, null));
            }
            return null;
        });
        return db;
    }

    @Test
    void importing_the_toggl_sample_twice_reports_new_then_known(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("toggl_detailed.csv");
        Files.copy(getClass().getResourceAsStream("/formats/toggl_detailed.csv"), file);
        InMemoryDatabase db = workspace();

        assertThat(run(db, file.toString())).isEqualTo(0);
        // 4 rows: 1.5 h + 1.25 h + 26.25 h = 29.00 h; the 00:00:00 row is skipped
        assertThat(out.toString()).startsWith("Imported: 3 new, 0 already known, 1 skipped.")
                .contains("29.00 h").contains("skipped 1: zero-length time entry");

        out.getBuffer().setLength(0);
        assertThat(run(db, file.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("Imported: 0 new, 3 already known, 1 skipped.");
    }

    @Test
    void a_missing_file_is_one_sentence_and_exit_1(@TempDir Path dir) {
        assertThat(run(workspace(), dir.resolve("nope.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file: ").doesNotContain("Exception");
    }
}
