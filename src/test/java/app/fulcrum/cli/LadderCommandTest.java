package app.fulcrum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ladder and settings commands on a real SQLite workspace, today = 2026-11-21. */
class LadderCommandTest {

    @Test
    void a_course_without_foundation_stands_on_rung_three_and_sees_its_failing_checks(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        CliRun.run(db, "stream", "add", "Coaching", "--kind", "one-on-one", "--capacity-hours-per-week", "20").ok();
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "150", "--date", "2024-01-10", "--customer", "a").ok();
        CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "197", "--date", "2026-11-01", "--customer", "b").ok();
        String out = CliRun.run(db, "ladder").ok().out();
        // the baseline: 150.00 of coaching, but no owner hours on it, so unknown
        assertThat(out).startsWith("Rung 3: course / product (as of 2026-11-21)\n"
                + "  Course (course, rung 3): 197.00 USD net in the last 6 months\n"
                + "Baseline rate unknown: no owner hours on one-on-one or retainer streams from\n");
        // 2024-01-10 → 2026-11-21 is 34 whole months; no audience snapshot at all
        assertThat(out).contains("  [fail] course.years_in_business: 34 months since the first sale on\n"
                        + "         2024-01-10; needs ≥ 3 years\n"
                        + "         from first sale 2024-01-10. Why: products sell to people who already\n")
                // a command is kept on one line, so it can be copied
                .contains("  [unknown] course.buyers: no audience snapshot:\n"
                        + "         `fulcrum audience add --list-size N --buyers N` or import a Mailchimp\n")
                .contains("3 check(s) still fail; strengthening\n  them is the leverage you have now");
    }

    /**
     * A full one-on-one calendar (5 h a week, 22 h delivered in each of the last three months ≈ 100%), 12 clients
     * from a referral, a group with two cohorts, a course and a small list: every section of the ladder text
     * appears (checks of two rungs, utilization, cohorts, both advice lines), and none is wider than 80 columns.
     */
    @Test
    void every_line_of_the_ladder_text_fits_80_columns(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        CliRun.run(db, "stream", "add", "One-on-one coaching with a long name", "--kind", "one-on-one",
                "--capacity-hours-per-week", "5").ok();
        CliRun.run(db, "stream", "add", "Group", "--kind", "group").ok();
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        for (int m = 9; m <= 11; m++) {
            String month = String.format("2026-%02d", m);
            CliRun.run(db, "time", "add", "--stream", "One-on-one coaching with a long name", "--activity", "delivery",
                    "--start", month + "-02T09:00", "--minutes", Integer.toString(22 * 60)).ok();
            for (int c = 0; c < 4; c++) {
                CliRun.run(db, "sale", "add", "--stream", "One-on-one coaching with a long name", "--amount", "1250",
                        "--date", month + "-1" + c, "--customer", "client" + m + c, "--source", "referral").ok();
            }
        }
        CliRun.run(db, "sale", "add", "--stream", "Group", "--amount", "900", "--date", "2026-01-10").ok();
        CliRun.run(db, "sale", "add", "--stream", "Group", "--amount", "900", "--date", "2026-06-10").ok();
        CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "197", "--date", "2026-11-01").ok();
        CliRun.run(db, "audience", "add", "--list-size", "1500", "--buyers", "120", "--date", "2026-11-01").ok();
        CliRun.run(db, "settings", "set", "ladder.course.service_income_per_month", "12500").ok();

        String out = CliRun.run(db, "ladder").ok().out();
        assertThat(out).contains("Next rung 4: membership").contains("Foundation of rung 3")
                .contains("One-on-one utilization by month:").contains("Cohort of Group:").contains("'referral' brought")
                .contains("needs ≥ 12,500 USD a month (default 10,000 USD a month)");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void a_changed_threshold_shows_in_settings_and_in_the_ladder_json(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        assertThat(CliRun.run(db, "settings", "set", "ladder.group.distinct_clients", "5").ok().out())
                .isEqualTo("ladder.group.distinct_clients = 5\n");
        assertThat(CliRun.run(db, "settings", "list").ok().out())
                .containsPattern("ladder.group.distinct_clients +5 +10 +yes");
        String json = CliRun.run(db, "ladder", "--format", "json").ok().out();
        assertThat(json).contains("\"current_rung\" : 0").contains("\"key\" : \"ladder.group.distinct_clients\"");
        CliRun.run(db, "settings", "unset", "ladder.group.distinct_clients").ok();
        assertThat(CliRun.run(db, "settings", "list").ok().out()).containsPattern("ladder.group.distinct_clients +10 +10 +no");
    }

    @Test
    void an_unknown_setting_or_a_bad_value_is_one_sentence(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ann").ok();
        CliRun bad = CliRun.run(db, "settings", "set", "ladder.grup.clients", "5");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("fulcrum: unknown setting 'ladder.grup.clients': expected baseline_rate or one of");
        assertThat(CliRun.run(db, "settings", "set", "ladder.course.buyers", "many").err())
                .isEqualTo("fulcrum: setting ladder.course.buyers needs a number such as 0.8 or 1000, got 'many'\n");
    }
}
