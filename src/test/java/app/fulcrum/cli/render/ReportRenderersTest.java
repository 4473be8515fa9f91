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

    private static app.fulcrum.domain.report.LeverageReport courseInMarch() {
        return SampleReport.build(new ReportRequest(day("2024-03-01"), day("2024-03-31"), Granularity.YEAR, "Course"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReportRenderersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
