package app.fulcrum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command and the story the demo exists to tell, through the real CLI and SQLite. */
class DemoStoryTest {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }

    @Test
    void demo_without_a_database_uses_its_own_file_and_can_run_again() {
        CliRun first = CliRun.runRaw(env(), "demo", "--today", "2026-11-21").ok();
        Path demo = home.resolve(".local/share/fulcrum/demo.db");
        assertThat(first.out()).contains("in " + demo).contains("fulcrum --db " + demo + " ladder");
        assertThat(Files.exists(demo)).isTrue();
        assertThat(Files.exists(home.resolve(".local/share/fulcrum/fulcrum.db"))).isFalse();
        CliRun.runRaw(env(), "demo", "--today", "2026-11-21").ok();
    }

    @Test
    void the_demo_stands_on_rung_3_while_the_course_foundation_fails_for_stated_reasons() throws Exception {
        CliRun.runRaw(env(), "demo", "--today", "2026-11-21").ok();
        String db = home.resolve(".local/share/fulcrum/demo.db").toString();
        JsonNode ladder = new ObjectMapper().readTree(
                CliRun.runRaw(env(), "--db", db, "ladder", "--format", "json").ok().out());
        assertThat(ladder.get("current_rung").asInt()).isEqualTo(3);
        Map<String, String> foundation = new HashMap<>();
        ladder.get("foundation_checks").forEach(c -> foundation.put(c.get("id").asText(), c.get("status").asText()));
        // The course came before three years of selling and before a list of 1,000 buyers.
        assertThat(foundation).containsEntry("course.years_in_business", "fail")
                .containsEntry("course.buyers", "fail")
                .containsEntry("course.group_cohorts", "pass");
    }

    @Test
    void the_course_is_leveraged_not_passive_and_has_not_paid_back() throws Exception {
        CliRun.runRaw(env(), "demo", "--today", "2026-11-21").ok();
        String db = home.resolve(".local/share/fulcrum/demo.db").toString();
        JsonNode report = new ObjectMapper().readTree(
                CliRun.runRaw(env(), "--db", db, "report", "--format", "json", "--by", "year").ok().out());
        JsonNode course = null;
        for (JsonNode s : report.get("streams")) {
            if (s.get("kind").asText().equals("course")) {
                course = s.get("total");
            }
        }
        assertThat(course).isNotNull();
        assertThat(course.get("label").asText()).isEqualTo("leveraged");
        assertThat(course.get("payback_month").isNull()).isTrue();
        assertThat(course.get("owner_hours_by_activity").get("creation").decimalValue()).isGreaterThan(new java.math.BigDecimal("100"));
    }
}
