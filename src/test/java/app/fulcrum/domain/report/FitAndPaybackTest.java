package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class FitAndPaybackTest {

    /** One month per pair "sales:owner hours", from January 2024. */
    @ParameterizedTest(name = "{0} → fixed {1}, per unit {2}, r2 {3}")
    @CsvSource(delimiter = ';', value = {
            "0:10, 10:15, 20:20, 40:30; 10.0000; 0.5000; 1.0000",  // exactly 10 h a month + 0.5 h a sale
            "0:10, 20:20, 40:30;        10.0000; 0.5000; 1.0000",  // three months are enough
            // x̄ 6, ȳ 13; dx −2 2 2 −2, dy −1 1 2 −2: Sxx 16, Sxy 12, Syy 10 → b 0.75, a 13 − 4.5 = 8.5, r² 144/160
            "4:12, 8:14, 8:15, 4:11;    8.5000;  0.7500; 0.9000",
    })
    void fixed_and_per_sale_time_is_a_least_squares_line(String months, BigDecimal fixed, BigDecimal perUnit,
                                                          BigDecimal r2) {
        var fit = course(months).streams().get(0).total().fit();
        assertThat(fit.fixedHoursPerMonth().value()).isEqualByComparingTo(fixed);
        assertThat(fit.hoursPerUnit().value()).isEqualByComparingTo(perUnit);
        assertThat(fit.fitR2().value()).isEqualByComparingTo(r2);
    }

    @Test
    void the_fit_under_three_months_is_null_with_a_reason() {
        var fit = course("0:10, 10:15").streams().get(0).total().fit();
        assertThat(fit.hoursPerUnit().value()).isNull();
        assertThat(fit.fixedHoursPerMonth().value()).isNull();
        assertThat(fit.fitR2().reason()).isEqualTo("the fit needs at least 3 months of data, found 2");
    }

    @Test
    void the_fit_leaves_out_creation_hours() {
        // 40 creation hours in January would add 40 to that month; they are a one-off investment, not running time.
        var facts = FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE);
        facts.owner(2L, Activity.CREATION, "2024-01-05", 40 * 60);
        var report = addMonths(facts, "0:10, 10:15, 20:20").report("2024-01-01", "2024-03-31", Granularity.YEAR);
        assertThat(report.streams().get(0).total().fit().fixedHoursPerMonth().value()).isEqualByComparingTo("10");
    }

    /**
     * Baseline 50.00/h (setting). January: 20 creation hours, no sales → running −1,000.00. February: 600.00 net
     * for 2 hours → +500 → −500. March: {0} net for 2 hours → {0} − 100; 600 brings it to exactly 0 → paid back.
     */
    @ParameterizedTest(name = "March net {0} → payback {1}, shortfall {2}")
    @CsvSource({
            "600.00, 2024-03, 0.00",
            "700.00, 2024-03, 0.00",
            "599.00, ,        1.00",    // −500 + 499 = −1.00: one dollar short
            "0.00,   ,        600.00",  // −500 − 100
    })
    void payback_values_creation_and_all_owner_hours_at_the_baseline_rate(String march, YearMonth month, String shortfall) {
        var builder = FactsBuilder.workspace().setting("baseline_rate", "50").stream(2, "Course", StreamKind.COURSE)
                .owner(2L, Activity.CREATION, "2024-01-10", 20 * 60)
                .sale(2, "2024-02-10", "600.00", "0.00", 6).owner(2L, Activity.SUPPORT, "2024-02-11", 120)
                .owner(2L, Activity.SUPPORT, "2024-03-11", 120);
        if (!march.equals("0.00")) {
            builder.sale(2, "2024-03-10", march, "0.00", 6);
        }
        var payback = builder.report("2024-01-01", "2024-03-31", Granularity.MONTH).streams().get(0).total().payback();
        assertThat(payback.paybackMonth().value()).isEqualTo(month);
        assertThat(payback.paybackShortfall().value()).isEqualTo(FactsBuilder.usd(shortfall));
        if (month == null) {
            assertThat(payback.paybackMonth().reason()).isEqualTo("not paid back by 2024-03-31: still " + shortfall
                    + " USD behind selling the same owner hours at the baseline rate 50.00 USD an hour");
        }
    }

    @Test
    void payback_with_a_computed_baseline_uses_the_one_on_one_rate() {
        // Coaching: 1,000.00 for 10 h → baseline 100/h. Course: 10 creation hours in Jan (−1,000), 1,000.00 in Feb → 0.
        var report = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE).stream(2, "Course", StreamKind.COURSE)
                .sale(1, "2024-01-15", "1000.00", "0.00", 5).owner(1L, Activity.DELIVERY, "2024-01-16", 600)
                .owner(2L, Activity.CREATION, "2024-01-20", 600).sale(2, "2024-02-03", "1000.00", "0.00", 10)
                .report("2024-01-01", "2024-02-29", Granularity.MONTH);
        var course = report.streams().get(1);
        assertThat(course.total().payback().paybackMonth().value()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(course.buckets().get(0).payback().paybackShortfall().value()).isEqualTo(FactsBuilder.usd("1000.00"));
    }

    /**
     * The same history on each kind: 10 creation hours in January, 1,000.00 in February, baseline 100/h (setting).
     * Rung-1 kinds are the baseline itself, so they have no payback; every other kind pays back in February.
     */
    @ParameterizedTest(name = "{0} → payback {1}")
    @CsvSource({
            "ONE_ON_ONE, ",
            "RETAINER, ",
            "GROUP, 2024-02",
            "COURSE, 2024-02",
            "AFFILIATE, 2024-02",
    })
    void one_on_one_and_retainer_streams_have_no_payback(StreamKind kind, YearMonth month) {
        var payback = FactsBuilder.workspace().setting("baseline_rate", "100").stream(2, "Stream", kind)
                .owner(2L, Activity.CREATION, "2024-01-20", 600).sale(2, "2024-02-03", "1000.00", "0.00", 10)
                .report("2024-01-01", "2024-02-29", Granularity.MONTH).streams().get(0).total().payback();
        assertThat(payback.paybackMonth().value()).isEqualTo(month);
        if (month == null) {
            assertThat(payback.paybackMonth().reason()).isEqualTo("one-on-one and retainer streams set the baseline;"
                    + " payback applies to streams that cost creation hours");
            assertThat(payback.paybackShortfall().value()).isNull();
        }
    }

    private static LeverageReport course(String months) {
        int count = months.split(",").length;
        return addMonths(FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE), months)
                .report("2024-01-01", YearMonth.of(2024, count).atEndOfMonth().toString(), Granularity.YEAR);
    }

    private static FactsBuilder addMonths(FactsBuilder builder, String months) {
        String[] points = months.split(",");
        for (int i = 0; i < points.length; i++) {
            String[] p = points[i].trim().split(":");
            String day = YearMonth.of(2024, i + 1).atDay(10).toString();
            if (!p[0].equals("0")) {
                builder.sale(2, day, "10.00", "0.00", Integer.parseInt(p[0]));
            }
            builder.owner(2L, Activity.SUPPORT, day, Long.parseLong(p[1]) * 60);
        }
        return builder;
    }
}
