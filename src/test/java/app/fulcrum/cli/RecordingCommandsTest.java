package app.fulcrum.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingCommandsTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void init() {
        db = dir.resolve("f.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "America/New_York", "--owner", "Dana Coach",
                "--owner-email", "dana@example.com").ok();
    }

    @Test
    void init_creates_the_workspace_and_running_it_again_is_safe() {
        assertThat(Files.exists(db)).isTrue();
        CliRun again = CliRun.run(db, "init").ok();
        assertThat(again.out()).contains("up to date").contains("'Dana Coach' (USD, America/New_York)");
    }

    @Test
    void init_refuses_to_change_the_base_currency() {
        CliRun r = CliRun.run(db, "init", "--currency", "EUR");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("fulcrum: the workspace's base currency is USD and cannot be changed to EUR once created\n");
    }

    @Test
    void streams_are_added_listed_and_edited() {
        CliRun.run(db, "stream", "add", "1:1 coaching", "--kind", "one-on-one", "--price", "150.00",
                "--capacity-hours-per-week", "20").ok();
        CliRun.run(db, "stream", "add", "Course", "--kind", "course", "--price", "497").ok();
        CliRun.run(db, "stream", "edit", "course", "--price", "397.00", "--status", "paused").ok();
        assertThat(CliRun.run(db, "stream", "list").ok().out()).isEqualTo(""
                + "ID  NAME          KIND        RUNG   PRICE  CAP H/WK  STATUS\n"
                + " 1  1:1 coaching  one-on-one     1  150.00        20  active\n"
                + " 2  Course        course         3  397.00         -  paused\n");
    }

    @Test
    void a_duplicate_stream_name_is_refused_whatever_its_case() {
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun r = CliRun.run(db, "stream", "add", "COURSE", "--kind", "course");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("fulcrum: a stream named 'Course' already exists\n");
    }

    @Test
    void an_unknown_kind_names_the_valid_ones() {
        CliRun r = CliRun.run(db, "stream", "add", "X", "--kind", "webinar");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("fulcrum: unknown stream kind 'webinar': expected one of one-on-one, retainer, group");
    }

    @Test
    void time_sale_refund_and_expense_on_an_unknown_stream_fail_with_the_known_names() {
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun r = CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("fulcrum: no stream named 'Coaching'; known streams: Course\n");
    }

    @Test
    void missing_required_option_is_bad_usage_with_exit_2_and_usage() {
        CliRun r = CliRun.run(db, "sale", "add", "--amount", "10");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--stream=STREAM'").contains("Usage: fulcrum sale add");
    }

    @Test
    void a_sale_in_another_currency_needs_an_exchange_rate_then_is_converted() {
        CliRun.run(db, "stream", "add", "Course", "--kind", "course").ok();
        CliRun r = CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "100.00", "--currency", "EUR",
                "--date", "2024-03-04");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("fulcrum: no exchange rate for EUR on or before 2024-03-04: add one with "
                + "'fulcrum fx add --date 2024-03-04 --currency EUR --rate R'\n");
        CliRun.run(db, "fx", "add", "--date", "2024-03-01", "--currency", "EUR", "--rate", "1.08").ok();
        assertThat(CliRun.run(db, "sale", "add", "--stream", "Course", "--amount", "100.00", "--currency", "EUR",
                "--date", "2024-03-04").ok().out()).isEqualTo("Recorded sale 1: 100.00 EUR\n");
    }

    @Test
    void recording_commands_confirm_in_one_line() {
        CliRun.run(db, "stream", "add", "Coaching", "--kind", "one-on-one").ok();
        CliRun.run(db, "person", "add", "Sam Assistant", "--helper", "--cost-rate", "25.00").ok();
        assertThat(CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "delivery", "--start",
                "2024-03-04T09:00", "--minutes", "90").ok().out()).isEqualTo("Recorded 90 min of delivery (entry 1)\n");
        assertThat(CliRun.run(db, "time", "add", "--stream", "Coaching", "--activity", "support", "--person", "sam assistant",
                "--start", "2024-03-04T10:00", "--minutes", "30").ok().out()).isEqualTo("Recorded 30 min of support (entry 2)\n");
        assertThat(CliRun.run(db, "sale", "add", "--stream", "Coaching", "--amount", "197.00", "--fee", "5.71",
                "--date", "2024-03-04", "--customer", "c1", "--source", "referral").ok().out())
                .isEqualTo("Recorded sale 1: 197.00 USD less fee 5.71\n");
        assertThat(CliRun.run(db, "refund", "add", "--sale", "1", "--amount", "50", "--date", "2024-04-02").ok().out())
                .isEqualTo("Recorded refund 2: 50.00 USD\n");
        assertThat(CliRun.run(db, "expense", "add", "--shared", "--category", "tools", "--amount", "29", "--date",
                "2024-03-01").ok().out()).isEqualTo("Recorded shared expense 1: 29.00 USD\n");
        assertThat(CliRun.run(db, "audience", "add", "--date", "2024-03-31", "--list-size", "420", "--buyers", "37")
                .ok().out()).isEqualTo("Recorded audience on 2024-03-31: 420 on the list, 37 buyers\n");
        assertThat(CliRun.run(db, "person", "list").ok().out()).isEqualTo(""
                + "ID  NAME           ROLE    EMAIL             COST/H\n"
                + " 1  Dana Coach     owner   dana@example.com       -\n"
                + " 2  Sam Assistant  helper  -                  25.00\n");
    }

    @Test
    void a_refund_names_either_a_sale_or_a_stream_not_both() {
        CliRun r = CliRun.run(db, "refund", "add", "--sale", "1", "--stream", "X", "--amount", "5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void no_workspace_yet_tells_how_to_create_one() {
        CliRun r = CliRun.run(dir.resolve("empty.db"), "stream", "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("fulcrum: no workspace in ").contains("run 'fulcrum init --currency USD");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "sale add --stream X --amount abc | Invalid value for option '--amount': 'abc' is not a number: expected e.g. 197.00",
            "sale add --stream X --amount 5 --date 2024-02-30 | Invalid value for option '--date': '2024-02-30' is not a date: expected YYYY-MM-DD, e.g. 2024-03-04",
            "time add --activity delivery --minutes 5 --start 2024-13-01T09:00 | Invalid value for option '--start': '2024-13-01T09:00' is not a date and time: expected YYYY-MM-DDTHH:MM, e.g. 2024-03-04T09:00"})
    void a_value_that_does_not_parse_is_bad_usage_saying_what_was_expected(String args, String message) {
        CliRun r = CliRun.run(db, args.trim().split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(message + "\n").doesNotContain("Exception");
    }
}
