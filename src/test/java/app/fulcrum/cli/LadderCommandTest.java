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
        assertThat(out).startsWith("Rung 3: course / product (as of 2026-11-21)\n"
                + "  Course (course, rung 3): 197.00 USD net in the last 6 months\n");
        // 2024-01-10 → 2026-11-21 is 34 whole months; no audience snapshot at all
        assertThat(out).contains("[fail] course.years_in_business: 34 months since the first sale on 2024-01-10")
                .contains("[unknown] course.buyers: no audience snapshot: `fulcrum audience add")
                .contains("3 check(s) still fail; strengthening them is the leverage you have now");
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
