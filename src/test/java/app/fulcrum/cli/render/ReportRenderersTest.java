package app.fulcrum.cli.render;

import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.ReportRequest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static app.fulcrum.cli.render.SampleReport.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact rendered text of {@link SampleReport} (its figures are worked out by hand in its comment; the golden
 * files under src/test/resources were read line by line against them), plus targeted checks that say why.
 */
class ReportRenderersTest {

    @Test
    void table_matches_the_golden_text_and_fits_80_columns() throws IOException {
        String table = ReportTable.render(SampleReport.build());
        assertThat(table).isEqualTo(golden("sample-table.txt"));
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
    }

    @Test
    void csv_has_one_row_per_stream_and_bucket_with_the_json_names() throws IOException {
        String csv = ReportCsv.render(SampleReport.build());
        assertThat(csv).isEqualTo(golden("sample.csv"));
        assertThat(csv.lines()).hasSize(1 + 2 * 2);  // header + 2 streams × 2 months
    }

    @Test
    void json_matches_the_golden_text() throws IOException {
        assertThat(ReportJson.render(courseInMarch())).isEqualTo(golden("course-march.json"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "/streams/0/total/net_revenue        | \"373.00\"",   // 485 − 97 refund − 15 fees, a string
            "/streams/0/total/allocated_overhead | \"10.20\"",    // 50.00 × 373 / (1455 + 373) = 10.20
            "/streams/0/total/owner_hours        | 2.00",         // hours are numbers
            "/streams/0/total/effective_hourly_rate | 186.50",    // 373 / 2 h
            "/streams/0/total/leverage           | 1.5381",       // 186.50 / 121.25
            "/streams/0/total/payback_month      | null",         // −1,212.50 in Feb, + 373 − 242.50 in Mar
            "/streams/0/total/payback_shortfall  | \"1082.00\"",
            "/streams/0/total/fit_r2             | null",
            "/streams/0/total/fit_r2_reason      | \"the fit needs at least 3 months of data, found 1\"",
            "/business/total/net_income          | \"1778.00\"",  // 1,828 contribution − 50 shared
            "/business/total/overhead_owner_hours | 1.00",
    })
    void json_money_is_a_string_hours_and_rates_are_numbers_and_undefined_is_null_with_a_reason(String pointer,
                                                                                                 String expected)
            throws IOException {
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(ReportJson.render(courseInMarch()));
        assertThat(root.at(pointer).toString()).isEqualTo(expected);
    }

    @Test
    void membership_figures_render_as_money_strings_counts_and_ratios() throws IOException {
        // A pays 20.00 in Jan and Feb, B in Jan only: February has 1 member, MRR 20.00, churn 1 of 2 = 0.5,
        // ARPU 20.00 → LTV 20.00 / 0.5 = 40.00.
        var streams = java.util.List.of(new app.fulcrum.domain.Stream(4, "Club", app.fulcrum.domain.StreamKind.MEMBERSHIP,
                null, null, null, null));
        var people = java.util.List.of(new app.fulcrum.domain.Person(1, "Olga", null, app.fulcrum.domain.PersonRole.OWNER, null));
        var customers = java.util.List.of(
                new app.fulcrum.domain.ReportFacts.CustomerFact(4, "A", day("2024-01-01"), 1, 1, 2000, null),
                new app.fulcrum.domain.ReportFacts.CustomerFact(4, "A", day("2024-02-01"), 1, 1, 2000, null),
                new app.fulcrum.domain.ReportFacts.CustomerFact(4, "B", day("2024-01-01"), 1, 1, 2000, null));
        var facts = new app.fulcrum.domain.ReportFacts(new app.fulcrum.domain.Workspace(1, "W", SampleReport.USD,
                java.time.ZoneId.of("UTC")), app.fulcrum.domain.Settings.empty(), streams, people, java.util.List.of(),
                java.util.List.of(), java.util.List.of(new app.fulcrum.domain.ReportFacts.SaleFact(4, day("2024-01-05"), 4000, 0, 0, 2, 0, 2),
                        new app.fulcrum.domain.ReportFacts.SaleFact(4, day("2024-02-05"), 2000, 0, 0, 1, 0, 1)),
                java.util.List.of(), customers, java.util.List.of());
        var report = app.fulcrum.domain.report.LeverageReports.compute(facts,
                new ReportRequest(day("2024-02-01"), day("2024-02-29"), Granularity.MONTH, null), day("2024-06-30"));
        JsonNode total = new ObjectMapper().readTree(ReportJson.render(report)).at("/streams/0/total");
        assertThat(total.get("mrr").asText()).isEqualTo("20.00");
        assertThat(total.get("active_members").asInt()).isEqualTo(1);
        assertThat(total.get("churn_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(total.get("ltv").asText()).isEqualTo("40.00");
        assertThat(total.has("utilization")).isFalse();
        assertThat(ReportTable.render(report)).contains(
                "  MRR                20.00\n"
                        + "  Members                1  Churn                50%  LTV                40.00\n");
    }

    private static app.fulcrum.domain.report.LeverageReport courseInMarch() {
        return SampleReport.build(new ReportRequest(day("2024-03-01"), day("2024-03-31"), Granularity.YEAR, "Course"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReportRenderersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
