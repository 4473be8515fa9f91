package app.fulcrum.domain.ladder;

import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static app.fulcrum.domain.ladder.Business.CLUB;
import static app.fulcrum.domain.ladder.Business.COACHING;
import static app.fulcrum.domain.ladder.Business.COURSE;
import static app.fulcrum.domain.ladder.Business.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** Every readiness check's pass, fail and unknown on hand-built businesses assessed on 2026-06-15. */
class ReadinessChecksTest {

    /** 20 h/week one-on-one; 80 h delivered in each month listed (≥ 90% of any full month's 85.7–88.6 h). */
    private static Business practice(String... fullMonths) {
        Business b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20");
        b.delivery(COACHING, "2026-01-10", 10); // January: 10 / 88.57 h = 11%
        for (String month : fullMonths) {
            b.delivery(COACHING, month + "-10", 80);
        }
        return b;
    }

    @ParameterizedTest(name = "full months {0} → {1} ({2} months)")
    @CsvSource({
            "2026-03 2026-04 2026-05, pass, 3",   // 3 of Jan–Jun at ≥ 80%: meets 3
            "2026-04 2026-05, fail, 2",
            "2026-02 2026-03 2026-04 2026-05 2026-06, pass, 5"}) // June to the 15th: 80 / 42.9 h = 187%
    void full_practice_counts_months_at_eighty_percent(String months, String status, int measured) {
        Check c = practice(months.split(" ")).check("group.full_practice");
        assertThat(c.status().label()).isEqualTo(status);
        assertThat(c.measured()).isEqualByComparingTo(BigDecimal.valueOf(measured));
    }

    @Test
    void full_practice_is_unknown_without_capacity_without_time_or_without_a_one_on_one_stream() {
        var noCapacity = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, null).delivery(COACHING, "2026-05-01", 80);
        assertThat(noCapacity.check("group.full_practice").detail()).contains("--capacity-hours-per-week");
        var noTime = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20");
        assertThat(noTime.check("group.full_practice").detail()).contains("no time entries").contains("fulcrum time add");
        var noStream = Business.empty();
        assertThat(noStream.check("group.full_practice").status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(noStream.check("group.full_practice").detail()).contains("no one-on-one stream");
    }

    @ParameterizedTest(name = "{0} clients → {1}")
    @CsvSource({"10, pass", "9, fail"})
    void distinct_clients_counts_each_customer_once(int clients, String status) {
        Business b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20");
        for (int i = 0; i < clients; i++) {
            // each client twice, in two months: still one client
            b.customer(COACHING, "c" + i, "2025-01-01", "150", null, false).customer(COACHING, "c" + i, "2025-02-01", "150", null, false);
        }
        Check c = b.check("group.distinct_clients");
        assertThat(c.status().label()).isEqualTo(status);
        assertThat(c.measured()).isEqualByComparingTo(BigDecimal.valueOf(clients));
    }

    @Test
    void distinct_clients_is_unknown_when_sales_carry_no_customer() {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20").sales(COACHING, "2026-01-05", 4, "150");
        Check c = b.check("group.distinct_clients");
        assertThat(c.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(c.detail()).contains("--customer");
    }

    @ParameterizedTest(name = "{0} → {1} a sale: {2}")
    @CsvSource({
            "150.00, 165.00, pass, 0.1000",  // 165 / 150 − 1 = 10%
            "150.00, 157.50, fail, 0.0500",  // 157.5 / 150 − 1 = 5%
            "150.00, 150.00, fail, 0.0000"})
    void rate_raise_compares_the_first_and_last_quarter_of_the_year(String early, String late, String status, String raise) {
        // trailing 12 months: 2025-06-16 .. 2026-06-15; first quarter ends 2025-09-15, last starts 2026-03-16
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20")
                .sales(COACHING, "2025-07-01", 8, early).sales(COACHING, "2026-05-01", 8, late);
        Check c = b.check("group.rate_raise");
        assertThat(c.status().label()).isEqualTo(status);
        assertThat(c.measured()).isEqualByComparingTo(raise);
        assertThat(c.advisory()).isTrue();
    }

    @Test
    void rate_raise_is_unknown_without_sales_a_year_ago() {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20").sales(COACHING, "2026-05-01", 8, "150");
        assertThat(b.check("group.rate_raise").status()).isEqualTo(CheckStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "first sale {0} → {1} years: {2}")
    @CsvSource({
            "2023-06-15, 3.00, pass",   // 36 whole months to 2026-06-15
            "2023-06-16, 2.91, fail",   // 35 whole months: 35 / 12 = 2.916 → 2.91 (rounded down)
            "2020-01-01, 6.41, pass"})  // 77 months
    void years_in_business_count_whole_months_since_the_first_sale(String first, String years, String status) {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20").sales(COACHING, first, 1, "100");
        Check c = b.check("course.years_in_business");
        assertThat(c.measured()).isEqualByComparingTo(years);
        assertThat(c.status().label()).isEqualTo(status);
    }

    @Test
    void years_in_business_and_service_income_are_unknown_without_any_sale() {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20");
        assertThat(b.check("course.years_in_business").status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(b.check("course.service_income").detail()).startsWith("no sales recorded");
    }

    @ParameterizedTest(name = "{0} buyers → {1}")
    @CsvSource({"1000, pass", "999, fail"})
    void buyers_list_uses_the_latest_snapshot_with_a_buyers_count(long buyers, String status) {
        var b = Business.empty().audience("2025-01-01", 5000, 5000L).audience("2026-05-01", 4000, buyers)
                .audience("2026-06-01", 4100, null); // newest has no buyers count: the one before decides
        Check c = b.check("course.buyers");
        assertThat(c.status().label()).isEqualTo(status);
        assertThat(c.source()).isEqualTo("audience snapshot of 2026-05-01");
    }

    @Test
    void buyers_list_is_unknown_without_snapshots_or_without_buyers_counts() {
        assertThat(Business.empty().check("course.buyers").detail())
                .isEqualTo("no audience snapshot: `fulcrum audience add --list-size N --buyers N` or import a Mailchimp export");
        assertThat(Business.empty().audience("2026-01-01", 800, null).check("membership.buyers").status())
                .isEqualTo(CheckStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "service net {0} over 6 months → {1} a month: {2}")
    @CsvSource({
            "60000.00, 10000.00, pass",  // 60,000 / 6
            "59999.94, 9999.99, fail"})  // 59,999.94 / 6 = 9,999.99
    void service_income_averages_six_months_of_rung_one_and_two_net(String net, String perMonth, String status) {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20").stream(COURSE, StreamKind.COURSE, null)
                .sales(COACHING, "2026-02-01", 1, net)
                .sales(COACHING, "2025-12-15", 1, "5000.00")   // before 2025-12-16: outside the window
                .sales(COURSE, "2026-03-01", 10, "500.00");    // a course is not service income
        Check c = b.check("course.service_income");
        assertThat(c.measured()).isEqualByComparingTo(perMonth);
        assertThat(c.status().label()).isEqualTo(status);
    }

    @Test
    void cohorts_split_on_a_thirty_day_gap_and_count_once_enrolment_closed() {
        var b = Business.empty().stream(GROUP, StreamKind.GROUP, null)
                .sales(GROUP, "2025-09-01", 5, "900").sales(GROUP, "2025-09-20", 3, "900")   // cohort 1
                .sales(GROUP, "2026-01-10", 6, "900")                                         // cohort 2 (gap 112 days)
                .sales(GROUP, "2026-06-01", 4, "900");                                        // enrolling: 14 days ago
        Check c = b.check("course.group_cohorts");
        assertThat(c.measured()).isEqualByComparingTo("2");
        assertThat(c.status()).isEqualTo(CheckStatus.PASS);
        assertThat(b.assess().cohorts()).extracting(Cohort::sales).containsExactly(8, 6, 4);
        var one = Business.empty().stream(GROUP, StreamKind.GROUP, null).sales(GROUP, "2025-09-01", 5, "900")
                .sales(GROUP, "2025-10-01", 5, "900"); // 30 days apart: the same cohort
        assertThat(one.check("course.group_cohorts").status()).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest(name = "course sold in {0} months → {1}")
    @CsvSource({"6, pass", "5, fail"})
    void product_sales_months_count_calendar_months_with_sales(int months, String status) {
        var b = Business.empty().stream(COURSE, StreamKind.COURSE, null).stream(CLUB, StreamKind.MEMBERSHIP, null)
                .sales(COURSE, "2025-06-30", 1, "200"); // June 2025: before the 12 months Jul 2025–Jun 2026
        for (int i = 0; i < months; i++) {
            b.sales(COURSE, java.time.LocalDate.of(2026, 1, 5).plusMonths(i).toString(), 2, "200");
        }
        Check c = b.check("membership.product_sales_months");
        assertThat(c.measured()).isEqualByComparingTo(BigDecimal.valueOf(months));
        assertThat(c.status().label()).isEqualTo(status);
    }

    @Test
    void a_changed_threshold_decides_the_check_and_is_reported() {
        var b = Business.empty().audience("2026-05-01", 900, 600L).setting("ladder.course.buyers", "500");
        Check c = b.check("course.buyers");
        assertThat(c.status()).isEqualTo(CheckStatus.PASS);
        assertThat(c.threshold().differsFromDefault()).isTrue();
        assertThat(b.assess().changedThresholds()).extracting(Threshold::key).containsExactly("ladder.course.buyers");
    }
}
