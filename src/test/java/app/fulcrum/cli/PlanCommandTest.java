package app.fulcrum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
    void a_plan_without_uncertainty_prints_the_hand_checked_figures_at_milestone_months(@TempDir Path dir)
            throws Exception {
        // No noise and no estimates: every run is the same, so P10 = P50 = P90. Coaching sells 10 sessions a month
        // at 100.00 net, 1 owner hour each; the scenario raises the price 10% with no elasticity: 1,100.00 a month
        // for 10 hours (110.00 an hour) against 1,000.00 (100.00 an hour); over 4 months 4,400.00 against 4,000.00.
        // Payback in month 1: the scenario's 1,100 − 10 h × 100.00 = 100 is at least the status quo's 0.
        Path file = dir.resolve("point.yaml");
        Files.writeString(file, """
                name: Raise coaching 10%
                currency: USD
                hour_value: 100.00
                start:
                  baseline_rate: 100.00
                  streams:
                    - {name: Coaching, kind: one-on-one, net_per_unit: 100.00, units_per_month: 10, noise: none,
                       owner_hours_per_unit: 1}
                changes:
                  - raise_price: {stream: Coaching, percent: 10}
                """);
        assertThat(run("plan", file.toString(), "--runs", "5", "--months", "4", "--seed", "1")).isZero();
        assertThat(out.toString()).isEqualTo("""
                Plan: Raise coaching 10%
                Seed 1 · 5 runs · 4 months · no capacity limit · amounts in USD

                Over 4 months                       P10          P50          P90
                Net income      scenario       4,400.00     4,400.00     4,400.00
                                status quo     4,000.00     4,000.00     4,000.00
                Per owner hour  scenario         110.00       110.00       110.00
                                status quo       100.00       100.00       100.00
                Payback month                         1            1            1
                Runs with no payback within 4 months: 0.0%. The payback month is the first in
                which the scenario's cumulative income, less its owner hours at 100.00 each,
                catches up with the status quo's.
                The scenario beats the status quo on total income in 100.0% of runs and on
                income per owner hour in 100.0%.
                No capacity limit, so no sales were cut.

                By month, months 1, 3, 4 (--every-month shows all 4). Capped is the share of
                runs in which capacity cut sales that month.
                                  Net income                          Owner h  Per hour
                Month                    P50        P10 –        P90      P50       P50 Capped
                    1  scenario     1,100.00   1,100.00 –   1,100.00    10.00    110.00   0.0%
                       status quo   1,000.00   1,000.00 –   1,000.00    10.00    100.00   0.0%
                    3  scenario     1,100.00   1,100.00 –   1,100.00    10.00    110.00   0.0%
                       status quo   1,000.00   1,000.00 –   1,000.00    10.00    100.00   0.0%
                    4  scenario     1,100.00   1,100.00 –   1,100.00    10.00    110.00   0.0%
                       status quo   1,000.00   1,000.00 –   1,000.00    10.00    100.00   0.0%
                """);
    }

    @Test
    void the_example_fits_80_columns_at_milestones_and_every_month_prints_all_36() {
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "300", "--seed", "7")).isZero();
        List<String> milestones = out.toString().lines().toList();
        out.getBuffer().setLength(0);
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "300", "--seed", "7", "--every-month")).isZero();
        List<String> everyMonth = out.toString().lines().toList();
        assertThat(milestones).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(everyMonth).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        // months 1, 3, 6, 12, 18, 24, 36 against 1..36, two lines (scenario, status quo) each
        assertThat(milestones.stream().filter(l -> l.matches(" {0,4}\\d+  scenario .*")).map(l -> l.substring(0, 5).strip()))
                .containsExactly("1", "3", "6", "12", "18", "24", "36");
        assertThat(everyMonth.stream().filter(l -> l.contains("  status quo ") && l.contains(" – "))).hasSize(36);
    }

    @Test
    void the_sample_in_docs_scenario_md_is_what_the_command_prints() throws Exception {
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "2000", "--seed", "7")).isZero();
        assertThat(Files.readString(Path.of("docs/scenario.md"))).contains("```\n" + out + "```\n");
    }

    @Test
    void json_keeps_every_month_and_every_percentile() throws Exception {
        assertThat(run("plan", "examples/scenario.yaml", "--runs", "100", "--months", "30", "--seed", "7",
                "--format", "json")).isZero();
        JsonNode months = new ObjectMapper().readTree(out.toString()).get("by_month");
        assertThat(months).hasSize(30);
        for (JsonNode month : months) {
            for (String arm : List.of("scenario", "status_quo")) {
                for (String figure : List.of("net_income", "owner_hours", "effective_hourly_rate")) {
                    List<String> names = new java.util.ArrayList<>();
                    month.at("/" + arm + "/" + figure).fieldNames().forEachRemaining(names::add);
                    assertThat(names).as("month %s %s %s", month.get("month"), arm, figure)
                            .containsExactly("p10", "p50", "p90");
                }
            }
        }
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
                .contains("Seed 3 · 300 runs · 6 months · capacity 35 h a week · amounts in USD")
                .contains("owner hours at 150.00");
    }
}
