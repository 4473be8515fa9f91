package app.fulcrum.domain.report;

import app.fulcrum.domain.FulcrumException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GranularityTest {

    @ParameterizedTest(name = "{0} from {1} to {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            // the first and last buckets are clipped to the period
            "month   | 2024-01-15 | 2024-03-10 | 2024-01 2024-01-15..2024-01-31, 2024-02 2024-02-01..2024-02-29, 2024-03 2024-03-01..2024-03-10",
            "quarter | 2024-02-15 | 2024-07-10 | 2024-Q1 2024-02-15..2024-03-31, 2024-Q2 2024-04-01..2024-06-30, 2024-Q3 2024-07-01..2024-07-10",
            "year    | 2023-12-31 | 2024-01-01 | 2023 2023-12-31..2023-12-31, 2024 2024-01-01..2024-01-01",
    })
    void buckets_are_calendar_periods_clipped_to_the_report(String by, LocalDate from, LocalDate to, String expected) {
        assertThat(String.join(", ", Granularity.parse(by).buckets(from, to).stream()
                .map(p -> p.name() + " " + p.from() + ".." + p.to()).toList())).isEqualTo(expected);
    }

    @Test
    void an_unknown_granularity_is_one_clear_sentence() {
        assertThatThrownBy(() -> Granularity.parse("week")).isInstanceOf(FulcrumException.class)
                .hasMessage("unknown granularity 'week': expected month, quarter or year");
    }
}
