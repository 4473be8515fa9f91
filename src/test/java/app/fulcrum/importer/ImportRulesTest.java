package app.fulcrum.importer;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRulesTest {
    private static final String RULES = """
            # acme work
            if project ~ ^acme
            if client = "Acme, Inc."
              stream Retainer
              activity delivery

            if description contains newsletter
            and tag = writing
              stream Newsletter
              activity promotion

            if email = va@example.com
              person Ana Ruiz
            """;

    private static ImportedTime row(String project, String client, String description, List<String> tags,
                                    String email) {
        return new ImportedTime(2, "x", project, client, null, tags, null, email, Instant.EPOCH, 60, description);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // regex ^acme ignores case
            "ACME retainer, -, call, -, Retainer",
            // second alternative of the first rule: exact client, ignoring case
            "Misc, acme, inc., call, -, Retainer",
            // contains + and tag: both hold
            "Misc, -, Newsletter issue 4, writing, Newsletter",
            // contains holds but the and-condition does not: no stream rule matches
            "Misc, -, Newsletter issue 4, editing, -",
    })
    void first_matching_rule_decides_the_stream(String project, String client, String description, String tag,
                                                 String stream) {
        ImportRules rules = ImportRules.parse("r", RULES);

        var decision = rules.decide(row(project, client, description, tag == null ? List.of() : List.of(tag), null));

        assertThat(decision.map(ImportRules.Decision::stream).orElse(null)).isEqualTo(stream);
    }

    @Test
    void rule_sets_activity_and_person() {
        ImportRules rules = ImportRules.parse("r", RULES);

        assertThat(rules.decide(row("Acme", null, null, List.of(), null)).orElseThrow().activity())
                .isEqualTo(Activity.DELIVERY);
        assertThat(rules.decide(row("Other", null, null, List.of(), "VA@example.com")).orElseThrow().person())
                .isEqualTo("Ana Ruiz");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "if projet = x\\n stream A|r:1: found field 'projet', expected one of",
            "if project = x\\n activity lunch|r:2: found activity 'lunch', expected one of",
            "stream A|r:1: found 'stream' before any 'if'",
            "if project ~ (\\n stream A|r:1: found regex '(', expected a valid Java regex",
            "if project = x\\nif project = y|r:2: found a condition that sets nothing",
    })
    void errors_name_file_line_and_what_was_expected(String text, String message) {
        assertThatThrownBy(() -> ImportRules.parse("r", text.replace("\\n", "\n")))
                .isInstanceOf(FulcrumException.class).hasMessageStartingWith(message);
    }
}
