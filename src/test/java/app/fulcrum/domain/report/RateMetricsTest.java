package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RateMetricsTest {

    @Test
    void revenue_with_zero_owner_hours_has_no_rate_and_says_so() {
        var report = FactsBuilder.workspace().stream(1, "Royalties", StreamKind.ROYALTY)
                .sale(1, "2024-03-01", "80.00", "0.00", 1)
                .report("2024-03-01", "2024-03-31", Granularity.MONTH);
        var rates = report.streams().get(0).total().rates();
        assertThat(rates.effectiveHourlyRate().value()).isNull();
        assertThat(rates.effectiveHourlyRate().reason())
                .isEqualTo("the owner spent no time on this stream in this period, so there is no hourly rate");
        assertThat(rates.leverage().value()).isNull();
        assertThat(rates.hoursPer1000().value()).isEqualByComparingTo(BigDecimal.ZERO);  // 0 h per 1,000 of 80.00
    }

    /**
     * Coaching (one-on-one): 1,200.00 net for 10 owner hours in March → computed baseline 120.00/h.
     * Course: 600.00 net for 10 owner hours → 60.00/h; leverage 60 / baseline; 10 h per 600 → 16.6667 h per 1,000.
     * A coaching sale 13 months before the period's end falls outside the baseline's 12 months.
     */
    @ParameterizedTest(name = "override {0} → baseline {1}, course leverage {2}")
    @CsvSource({
            ",    120.0000, 0.5000",    // computed from the one-on-one stream over 12 months
            "80,  80,       0.7500",    // the workspace setting wins: 60 / 80
            "0,   0,        ",          // a zero baseline gives no leverage (never divide by zero)
    })
    void baseline_rate_is_the_override_else_the_rung_one_rate_over_twelve_months(String override, BigDecimal baseline,
                                                                                  BigDecimal leverage) {
        var builder = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE).stream(2, "Course", StreamKind.COURSE)
                .sale(1, "2023-02-28", "5000.00", "0.00", 1)
                .sale(1, "2024-03-01", "1200.00", "0.00", 8).owner(1L, Activity.DELIVERY, "2024-03-02", 600)
                .sale(2, "2024-03-01", "600.00", "0.00", 6).owner(2L, Activity.PROMOTION, "2024-03-02", 600);
        if (override != null) {
            builder.setting("baseline_rate", override);
        }
        var report = builder.report("2024-03-01", "2024-03-31", Granularity.MONTH);
        assertThat(report.baseline().rate().value()).isEqualByComparingTo(baseline);
        assertThat(report.baseline().basis()).isEqualTo(override == null
                ? "one-on-one and retainer streams, 2023-04-01 to 2024-03-31" : "workspace setting baseline_rate");
        var course = report.streams().get(1).total().rates();
        assertThat(course.effectiveHourlyRate().value()).isEqualByComparingTo("60");
        assertThat(course.baselineRate().value()).isEqualByComparingTo(baseline);
        assertThat(course.leverage().value()).isEqualTo(leverage);
        assertThat(course.hoursPer1000().value()).isEqualByComparingTo("16.6667");
    }

    @Test
    void without_rung_one_time_or_override_the_baseline_is_unknown_with_a_reason() {
        var report = FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE)
                .sale(2, "2024-03-01", "600.00", "0.00", 6).owner(2L, Activity.PROMOTION, "2024-03-02", 600)
                .report("2024-03-01", "2024-03-31", Granularity.MONTH);
        assertThat(report.baseline().rate().reason()).isEqualTo("no owner hours on one-on-one or retainer streams from"
                + " 2023-04-01 to 2024-03-31 and no baseline_rate setting, so there is no baseline rate");
        assertThat(report.streams().get(0).total().rates().leverage().value()).isNull();
    }

    @ParameterizedTest(name = "{0} delivery minutes at {1} h/week in April → utilization {2}")
    @CsvSource({
            "1800, 7,  1.0000",   // 30 h of 30 h (7 h/week × 30/7 weeks)
            "900,  7,  0.5000",
    })
    void one_on_one_streams_report_utilization(long minutes, String capacity, BigDecimal expected) {
        var report = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE, capacity)
                .owner(1L, Activity.DELIVERY, "2024-04-10", minutes)
                .report("2024-04-01", "2024-04-30", Granularity.MONTH);
        assertThat(report.streams().get(0).total().utilization().value()).isEqualByComparingTo(expected);
    }

    @Test
    void memberships_report_mrr_members_churn_and_ltv() {
        // A pays Jan–Mar, B Jan–Apr at 20.00; as of today (Dec) both have churned: A in April, B in May.
        var report = FactsBuilder.workspace().stream(4, "Club", StreamKind.MEMBERSHIP)
                .member(4, "A", "2024-01", "20.00").member(4, "A", "2024-02", "20.00").member(4, "A", "2024-03", "20.00")
                .member(4, "B", "2024-01", "20.00").member(4, "B", "2024-02", "20.00").member(4, "B", "2024-03", "20.00")
                .member(4, "B", "2024-04", "20.00")
                .report("2024-01-01", "2024-04-30", Granularity.QUARTER);
        var q2 = report.streams().get(0).buckets().get(1).membership();
        assertThat(q2.mrr()).isEqualTo(FactsBuilder.usd("20.00"));
        assertThat(q2.activeMembers()).isEqualTo(1);
        assertThat(q2.churnRate().value()).isEqualByComparingTo("0.5");   // April: 1 of the 2 active in March left
        assertThat(q2.ltv().value()).isEqualTo(FactsBuilder.usd("40.00")); // 20.00 a month / 0.5
        assertThat(report.streams().get(0).total().utilization()).isNull();
    }
}
