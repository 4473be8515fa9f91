package app.fulcrum.plan;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.Change;
import app.fulcrum.domain.planner.Distribution;
import app.fulcrum.domain.planner.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFileTest {

    @Test
    void the_documented_example_reads_into_its_streams_and_changes() {
        ScenarioSource source = ScenarioFile.read(Path.of("examples/scenario.yaml"));
        Scenario s = source.toScenario();
        assertThat(source.seed()).contains(20261121L);
        assertThat(s.ownerWeeklyCapacityHours()).isEqualTo(18.0);
        assertThat(s.baseline().streams()).extracting(b -> b.name()).containsExactly("Coaching", "Templates", "Workshops");
        assertThat(s.baseline().findStream("Templates").orElseThrow().units().meanPerMonth())
                .isEqualTo(new Distribution.Triangular(4, 9, 15));
        assertThat(s.changes()).hasSize(3);
        var group = ((Change.AddStream) s.changes().get(1)).stream();
        assertThat(group.price()).isEqualTo(Money.ofMinor(90_000, "USD"));
        assertThat(group.launchMonth()).isEqualTo(3); // start month 1 + 2 creation months
        assertThat(s.hourValueMinor()).isEqualTo(12_000);
    }

    @Test
    void the_json_example_starts_from_the_workspace() {
        assertThat(ScenarioFile.read(Path.of("examples/scenario-membership.json")).startsFromWorkspace()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "misspelt key | 'currency: USD\nstart:\n  streams:\n    - name: A\n      knd: group\n' | s.yaml: unknown field 'knd' in start.streams[1], expected one of",
            "text for a number | 'currency: USD\nruns: many\n' | s.yaml:2:7: field runs has the wrong type",
            "missing price | 'currency: USD\nstart:\n  streams: [{name: A, kind: group, net_per_unit: 1, units_per_month: 2}]\nchanges:\n  - add_stream: {name: B, kind: course, units_per_month: 3}\n' | s.yaml: changes[1].add_stream.price: missing: expected an amount such as 150.00",
            "text for an amount | 'currency: USD\nstart:\n  streams:\n    - name: A\n      net_per_unit: x\n' | s.yaml:5:21: field start.streams[1].net_per_unit has the wrong type",
            "too many decimals | 'currency: USD\nstart:\n  streams: [{name: A, kind: group, net_per_unit: 1.234, units_per_month: 2}]\n' | s.yaml: start.streams[1].net_per_unit: '1.234' has more decimals than USD allows (2)",
            "unknown stream | 'currency: USD\nstart:\n  streams: [{name: A, kind: group, net_per_unit: 1, units_per_month: 2}]\nchanges:\n  - retire_stream: {stream: Z}\n' | s.yaml: changes: retire_stream names stream 'Z', which is not in the starting point",
            "bad estimate | 'currency: USD\nstart:\n  streams: [{name: A, kind: group, net_per_unit: 1, units_per_month: {min: 5, likely: 2, max: 9}}]\n' | s.yaml: start.streams[1].units_per_month: a min / likely / max estimate needs 0 ≤ min ≤ likely ≤ max",
            "two changes in one | 'currency: USD\nstart:\n  streams: [{name: A, kind: group, net_per_unit: 1, units_per_month: 2}]\nchanges:\n  - {retire_stream: {stream: A}, raise_price: {stream: A, percent: 5}}\n' | s.yaml: changes[1]: expected exactly one of raise_price, add_stream or retire_stream",
            "bad yaml | 'a: b: c\n' | s.yaml:1:4: not valid YAML: mapping values are not allowed here"})
    void bad_files_fail_with_one_sentence_naming_file_place_and_field(String why, String yaml, String expected) {
        assertThatThrownBy(() -> ScenarioFile.parse("s.yaml", yaml).toScenario())
                .isInstanceOf(FulcrumException.class)
                .hasMessageStartingWith(expected);
    }
}
