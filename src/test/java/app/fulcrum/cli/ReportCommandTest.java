package app.fulcrum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    Path dir;
    Path db;

    /**
     * Coaching: 2 h delivery, one 300.00 sale with a 10.00 fee → net 290.00, 145.00 an hour (the baseline).
     * Course: 10 h creation in September, one 97.00 sale in November → 9.70 an hour, leverage 9.70/145 = 0.0669.
     */
    @BeforeEach
    void business() {
        db = dir.resolve("r.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "America/New_York", "--owner", "Dana").ok();
        CliRun.run(db, "stream", "add", "Coaching", "--kind", "one-on-one", "--capacity-hours-per-week", "10").ok();
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "delivery", "--start", "2026-10-05T09:00",
                "--minutes", "120").ok();
        CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "300", "--fee", "10", "--date", "2026-10-05").ok();
        CliRun.run(db, "time", "add", "--stream", "Course", "--activity", "creation", "--start", "2026-09-05T09:00",
                "--minutes", "600").ok();
        CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "97", "--date", "2026-11-05").ok();
    }

    @Test
    void json_report_has_the_spec_fields_with_exact_money() throws Exception {
        JsonNode report = new ObjectMapper().readTree(CliRun.run(db, "report", "--format", "json").ok().out());
        assertThat(report.get("baseline_rate").decimalValue()).isEqualByComparingTo("145.00");
        JsonNode coaching = report.get("streams").get(0).get("total");
        assertThat(coaching.get("net_revenue").asText()).isEqualTo("290.00");
        assertThat(coaching.get("owner_hours").decimalValue()).isEqualByComparingTo("2");
        assertThat(coaching.get("effective_hourly_rate").decimalValue()).isEqualByComparingTo("145.00");
        JsonNode course = report.get("streams").get(1).get("total");
        assertThat(course.get("effective_hourly_rate").decimalValue()).isEqualByComparingTo("9.70");
        assertThat(course.get("leverage").decimalValue()).isEqualByComparingTo("0.0669");
        // Payback: cumulative 97.00 − 10 h × 145.00 = −1,353.00, still behind.
        assertThat(course.get("payback_month").isNull()).isTrue();
        assertThat(course.get("payback_shortfall").asText()).isEqualTo("1353.00");
    }

    @Test
    void table_report_fits_80_columns_and_names_each_stream_with_its_label() {
        String table = CliRun.run(db, "report", "--by", "quarter").ok().out();
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(table).contains("Course            course      leveraged         97.00    10.00     9.70   0.07");
    }

    @Test
    void csv_report_has_one_row_per_stream_and_month() {
        String csv = CliRun.run(db, "report", "--format", "csv", "--from", "2026-09-01").ok().out();
        // header + 2 streams × 3 months (September to November)
        assertThat(csv.lines()).hasSize(7);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("net_revenue").contains("effective_hourly_rate");
    }

    @Test
    void an_unknown_stream_or_period_is_one_sentence_with_exit_1() {
        CliRun r = CliRun.run(db, "report", "--stream", "Podcast");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("fulcrum: ").contains("Podcast").doesNotContain("Exception");
        CliRun bad = CliRun.run(db, "report", "--by", "week");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("fulcrum: ").contains("week");
    }
}
