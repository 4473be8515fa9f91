package app.fulcrum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        return Cli.create(new PrintWriter(out), new PrintWriter(err), Map.of(), clock).execute(args);
    }

    @Test
    void plan_prints_the_seed_and_the_same_seed_prints_the_same_plan() {
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "500", "--months", "6", "--seed", "7")).isZero();
        String first = out.toString();
        assertThat(first).contains("Seed 7 · 500 runs · 6 months · capacity 18 h a week")
                .contains("The scenario beats the status quo on total income in");
        out.getBuffer().setLength(0);
        run("plan", "examples/scenario.yaml", "--runs", "500", "--months", "6", "--seed", "7");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void without_a_seed_anywhere_the_clock_chooses_it_and_it_is_printed() throws Exception {
        Path file = Files.createTempFile("scenario", ".yaml");
        Files.writeString(file, Files.readString(Path.of("examples/scenario.yaml")).replace("seed: 20261121", ""));
        assertThat(run("plan", file.toString(), "--runs", "100", "--months", "2", "--format", "json")).isZero();
        // 2026-11-21T10:00:00Z in epoch milliseconds
        assertThat(out.toString()).contains("\"seed\" : 1795255200000");
    }

    @Test
    void csv_has_a_row_per_month_and_arm_and_chart_files_are_written(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("plan.svg");
        Path png = dir.resolve("plan.png");
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "200", "--months", "3", "--format", "csv",
                "--chart", svg.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(1 + 3 * 2).first().isEqualTo(app.fulcrum.plan.PlanCsv.HEADER);
        assertThat(Files.readString(svg)).contains("<svg").contains("monthly net income");
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "200", "--months", "3", "--chart", png.toString()))
                .isZero();
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P'); // PNG signature \x89PNG
    }

    @Test
    void a_bad_scenario_exits_1_with_one_sentence() {
        assertThat(run("plan", "no-such-file.yaml")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("fulcrum: scenario file no-such-file.yaml does not exist" + System.lineSeparator());
    }

    @Test
    void a_scenario_can_start_from_the_workspace_data(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        CliRun.run(db, "stream", "add", "Coaching", "--kind", "one-on-one").ok();
        for (int m = 1; m <= 9; m++) {
            CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "150", "--date", "2026-0" + m + "-10").ok();
            CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "delivery", "--start", "2026-0" + m
                    + "-10T09:00", "--minutes", "60").ok();
        }
        CliRun run = CliRun.run(db, "plan", "examples/scenario-membership.json", "--runs", "300", "--months", "6",
                "--seed", "3").ok();
        // baseline rate from the data: 9 × 150.00 contribution / 9 owner hours = 150.00 an hour
        assertThat(run.out()).contains("Plan: Start a membership on top of the workspace's own streams")
                .contains("Seed 3 · 300 runs · 6 months · capacity 35 h a week · owner hours valued at 150.00 USD");
    }
}
