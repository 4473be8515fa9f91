package app.fulcrum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fulcrum report}, {@code ladder} and {@code plan} read one baseline rate from one computation. */
class BaselineAgreementTest {

    /**
     * Coaching (one-on-one): nine 150.00 sessions of 1 hour in January–September 2026, plus 3 creation hours
     * (intake forms) in February. Contribution 1,350.00 over 9 + 3 = 12 owner hours = 112.50 an hour. The
     * planner used to leave the creation hours out (1,350.00 / 9 = 150.00); now all three commands say 112.50.
     */
    @Test
    void report_ladder_and_plan_agree_on_the_baseline_rate(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        CliRun.run(db, "stream", "add", "Coaching", "--kind", "one-on-one").ok();
        for (int m = 1; m <= 9; m++) {
            CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "150", "--date", "2026-0" + m + "-10").ok();
            CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "delivery", "--start", "2026-0" + m
                    + "-10T09:00", "--minutes", "60").ok();
        }
        CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "creation", "--start", "2026-02-11T09:00",
                "--minutes", "180").ok();
        ObjectMapper json = new ObjectMapper();

        JsonNode report = json.readTree(CliRun.run(db, "report", "--format", "json").ok().out());
        JsonNode ladder = json.readTree(CliRun.run(db, "ladder", "--format", "json").ok().out());
        JsonNode plan = json.readTree(CliRun.run(db, "plan", "examples/scenario-membership.json", "--runs", "50",
                "--months", "2", "--seed", "1", "--format", "json").ok().out());

        assertThat(report.get("baseline_rate").decimalValue()).isEqualByComparingTo("112.50");
        assertThat(ladder.get("baseline_rate").decimalValue()).isEqualByComparingTo("112.50");
        assertThat(plan.get("baseline_rate").asText()).isEqualTo("112.50");
        // the scenario sets no hour_value, so owner hours are valued at the same baseline
        assertThat(plan.get("hour_value").asText()).isEqualTo("112.50");
    }
}
