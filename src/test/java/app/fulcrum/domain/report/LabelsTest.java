package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels over the 90 days to 2024-06-30 (2024-04-02..2024-06-30); data starts in April, so no 3-month fit. */
class LabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no sales is dormant | 2024-06-01 | 0.00 | 0 | 600 | PROMOTION | dormant"
                    + " | No net revenue in the 90 days to 2024-06-30 (net revenue 0.00 USD).",
            "a sale a day before the window is dormant | 2024-04-01 | 100.00 | 10 | 600 | PROMOTION | dormant"
                    + " | No net revenue in the 90 days to 2024-06-30 (net revenue 0.00 USD).",
            "3 hours in 90 days is passive | 2024-04-02 | 100.00 | 10 | 180 | PROMOTION | passive"
                    + " | The owner spent 3.00 hours in the 90 days to 2024-06-30 (1.00 a month, at most 1.00 is passive) for net revenue 100.00 USD.",
            "3 hours and a minute is not passive | 2024-06-01 | 100.00 | 10 | 181 | PROMOTION | active"
                    + " | Owner time grows with sales: 0.30 owner hours per sale (3.02 hours / 10 sales, too few months to fit), 0.25 or more is active; net revenue 100.00 USD in the 90 days to 2024-06-30.",
            "0.25 hours a sale is active | 2024-06-01 | 100.00 | 20 | 300 | PROMOTION | active"
                    + " | Owner time grows with sales: 0.25 owner hours per sale (5.00 hours / 20 sales, too few months to fit), 0.25 or more is active; net revenue 100.00 USD in the 90 days to 2024-06-30.",
            "under 0.25 hours a sale is leveraged | 2024-06-01 | 100.00 | 21 | 300 | PROMOTION | leveraged"
                    + " | Revenue does not need the owner per sale: 0.24 owner hours per sale (5.00 hours / 21 sales, too few months to fit), under 0.25; the owner still spent 5.00 hours in the 90 days to 2024-06-30 for net revenue 100.00 USD.",
            "owner delivering live is active | 2024-06-01 | 100.00 | 100 | 300 | DELIVERY | active"
                    + " | The owner delivers it live: 5.00 delivery hours in the 90 days to 2024-06-30 for net revenue 100.00 USD.",
    })
    void each_label_has_its_boundary_and_a_reason_naming_the_numbers(String name, String saleDay, String gross, int sales,
                                                                     long minutes, Activity activity, String label,
                                                                     String reason) {
        var builder = FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE)
                .owner(2L, activity, "2024-06-15", minutes);
        if (sales > 0) {
            builder.sale(2, saleDay, gross, "0.00", sales);
        }
        var total = builder.report("2024-04-01", "2024-06-30", Granularity.MONTH).streams().get(0).total();
        assertThat(total.label().label().label()).isEqualTo(label);
        assertThat(total.label().reason()).isEqualTo(reason);
    }

    /**
     * Six months of 10 fixed hours + b hours per sale, with 8, 16, … 48 sales: the average is far above 0.25 h a
     * sale, but the fitted slope b decides whether time grows with sales.
     */
    @ParameterizedTest(name = "slope {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "15 | active | Owner time grows with sales: 0.25 owner hours per sale (fitted over 6 months), 0.25 or more is active;"
                    + " net revenue 1,200.00 USD in the 90 days to 2024-06-30.",
            "12 | leveraged | Revenue does not need the owner per sale: 0.20 owner hours per sale (fitted over 6 months),"
                    + " under 0.25; the owner still spent 54.00 hours in the 90 days to 2024-06-30 for net revenue 1,200.00 USD.",
    })
    void time_grows_with_sales_is_judged_by_the_fitted_slope(long minutesPerSale, String label, String reason) {
        var builder = FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE);
        for (int month = 1; month <= 6; month++) {
            String day = YearMonth.of(2024, month).atDay(20).toString();
            builder.sale(2, day, Integer.toString(month * 80) + ".00", "0.00", month * 8)
                    .owner(2L, Activity.SUPPORT, day, 600 + minutesPerSale * month * 8);
        }
        // The 90 days (from 04-02) hold April–June: 320 + 400 + 480 = 1,200.00 and 32 + 40 + 48 = 120 sales;
        // at slope 0.2 the owner spent 3 × 10 + 0.2 × 120 = 54.00 hours.
        var total = builder.report("2024-01-01", "2024-06-30", Granularity.MONTH).streams().get(0).total();
        assertThat(total.label().label().label()).isEqualTo(label);
        assertThat(total.label().reason()).isEqualTo(reason);
    }

    /**
     * A group sells and delivers (10 h each) in March and September 2024 only. A month is labelled over the 90 days
     * to its end (December: 10-03..12-31 holds no sale → dormant); a quarter or a year over itself (Q1 2024 has 91
     * days, Q3 92, Q4 92), so the year 2024 with 2,000.00 of revenue is active, not dormant for its quiet autumn.
     */
    @ParameterizedTest(name = "by {0}, bucket {1} → {2} over {3} {4}..{5}")
    @CsvSource({
            "YEAR,    0,  active,  bucket,           2024-01-01, 2024-12-31",
            "QUARTER, 0,  active,  bucket,           2024-01-01, 2024-03-31",
            "QUARTER, 2,  active,  bucket,           2024-07-01, 2024-09-30",
            "QUARTER, 3,  dormant, bucket,           2024-10-01, 2024-12-31",
            "MONTH,   8,  active,  trailing_90_days, 2024-07-03, 2024-09-30",
            "MONTH,   11, dormant, trailing_90_days, 2024-10-03, 2024-12-31",
            // the whole period: the stream as it stands at the end, whatever the buckets
            "YEAR,    -1, dormant, trailing_90_days, 2024-10-03, 2024-12-31",
    })
    void quarters_and_years_are_labelled_over_themselves_months_over_the_trailing_90_days(
            Granularity by, int bucket, String label, String rule, String from, String to) {
        var report = FactsBuilder.workspace().stream(2, "Group", StreamKind.GROUP)
                .sale(2, "2024-03-10", "1000.00", "0.00", 10).owner(2L, Activity.DELIVERY, "2024-03-11", 600)
                .sale(2, "2024-09-10", "1000.00", "0.00", 10).owner(2L, Activity.DELIVERY, "2024-09-11", 600)
                .report("2024-01-01", "2024-12-31", by).streams().get(0);
        var figures = bucket < 0 ? report.total() : report.buckets().get(bucket);
        assertThat(figures.label().label().label()).isEqualTo(label);
        assertThat(figures.label().window().rule().label()).isEqualTo(rule);
        assertThat(figures.label().window().from()).hasToString(from);
        assertThat(figures.label().window().to()).hasToString(to);
    }

    @org.junit.jupiter.api.Test
    void a_year_label_names_the_year_in_its_reason() {
        var year = FactsBuilder.workspace().stream(2, "Group", StreamKind.GROUP)
                .sale(2, "2024-03-10", "1000.00", "0.00", 10).owner(2L, Activity.DELIVERY, "2024-03-11", 600)
                .sale(2, "2024-09-10", "1000.00", "0.00", 10).owner(2L, Activity.DELIVERY, "2024-09-11", 600)
                .report("2024-01-01", "2024-12-31", Granularity.YEAR).streams().get(0).buckets().get(0);
        assertThat(year.label().reason()).isEqualTo("The owner delivers it live: 20.00 delivery hours from 2024-01-01"
                + " to 2024-12-31 for net revenue 2,000.00 USD.");
    }

    /** Passive is at most 1 hour a month (30 days): over the 366 days of 2024, 12 hours is 12 × 30 / 366 = 0.98. */
    @ParameterizedTest(name = "{0} hours in 2024 → {1}")
    @CsvSource({"12, passive", "13, active"}) // 13 × 30 / 366 = 1.07; all 13 h go with the one sale: active
    void passive_over_a_year_is_one_hour_a_month(long hours, String label) {
        var year = FactsBuilder.workspace().stream(2, "Course", StreamKind.COURSE)
                .sale(2, "2024-06-10", "100.00", "0.00", 1).owner(2L, Activity.PROMOTION, "2024-06-11", hours * 60)
                .report("2024-01-01", "2024-12-31", Granularity.YEAR).streams().get(0).buckets().get(0);
        assertThat(year.label().label().label()).isEqualTo(label);
        if (hours == 12) {
            assertThat(year.label().reason()).isEqualTo("The owner spent 12.00 hours from 2024-01-01 to 2024-12-31"
                    + " (0.98 a month, at most 1.00 is passive) for net revenue 100.00 USD.");
        }
    }
}
