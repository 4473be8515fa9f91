package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static app.fulcrum.domain.report.FactsBuilder.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyMetricsTest {

    @ParameterizedTest(name = "bucket {0}: gross {1}, refunds {2}, fees {3}, net {4}")
    @CsvSource({
            "0, 100.00, 0.00,   3.00, 97.00",    // January: the sale less its 3.00 fee
            "1, 0.00,   100.00, 0.00, -100.00",  // February: the refund lands here, not back in January
    })
    void refund_in_later_month_reduces_that_month(int bucket, String gross, String refunds, String fees, String net) {
        var report = FactsBuilder.workspace().stream(1, "Course", StreamKind.COURSE)
                .sale(1, "2024-01-10", "100.00", "3.00", 1).refund(1, "2024-02-05", "100.00")
                .report("2024-01-01", "2024-02-29", Granularity.MONTH);
        var money = report.streams().get(0).buckets().get(bucket).money();
        assertThat(money.gross()).isEqualTo(usd(gross));
        assertThat(money.refunds()).isEqualTo(usd(refunds));
        assertThat(money.fees()).isEqualTo(usd(fees));
        assertThat(money.netRevenue()).isEqualTo(usd(net));
        // whole period: 100 − 100 − 3 = −3.00
        assertThat(report.streams().get(0).total().money().netRevenue()).isEqualTo(usd("-3.00"));
    }

    @ParameterizedTest(name = "{0} helper minutes at {1}/h + {2} expenses = {3} direct costs")
    @CsvSource({
            "240, 25.00, 10.00, 110.00",  // 4 h × 25 = 100, + 10 expenses
            "90,  30.00, 0.00,  45.00",   // 1.5 h × 30
            "20,  25.00, 0.00,  8.33",    // 1/3 h × 25 = 8.333… rounds half-even once, to 8.33
    })
    void helper_hours_at_their_cost_rate_and_stream_expenses_are_direct_costs(long minutes, String rate, String expense,
                                                                                String direct) {
        var report = FactsBuilder.workspace().stream(1, "Care plan", StreamKind.RETAINER).helper(2, "Ana", rate)
                .sale(1, "2024-03-01", "200.00", "0.00", 1).time(1L, 2, Activity.SUPPORT, "2024-03-02", minutes)
                .expense(1L, "2024-03-03", expense)
                .report("2024-03-01", "2024-03-31", Granularity.MONTH);
        var money = report.streams().get(0).total().money();
        assertThat(money.directCosts()).isEqualTo(usd(direct));
        assertThat(money.contribution()).isEqualTo(usd("200.00").minus(usd(direct)));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void helper_without_cost_rate_costs_nothing_and_the_report_warns() {
        var report = FactsBuilder.workspace().stream(1, "Care plan", StreamKind.RETAINER).helper(2, "Ana", null)
                .sale(1, "2024-03-01", "200.00", "0.00", 1).time(1L, 2, Activity.SUPPORT, "2024-03-02", 150)
                .report("2024-03-01", "2024-03-31", Granularity.MONTH);
        assertThat(report.streams().get(0).total().money().directCosts()).isEqualTo(usd("0.00"));
        assertThat(report.streams().get(0).total().time().helperHours()).isEqualByComparingTo("2.5");
        assertThat(report.warnings()).containsExactly("Helper Ana logged 2.50 hours in the period but has no cost rate,"
                + " so those hours add nothing to direct costs; set their hourly cost rate.");
    }

    @Test
    void shared_expenses_are_business_overhead_allocated_pro_rata_to_net_revenue() {
        // Net revenue 300 / 100 / 0 → shares 3/4 and 1/4 of the 100.00 shared; the stream without revenue gets none.
        var report = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE)
                .stream(2, "Course", StreamKind.COURSE).stream(3, "Idea", StreamKind.PRODUCT)
                .sale(1, "2024-03-01", "300.00", "0.00", 2).sale(2, "2024-03-01", "100.00", "0.00", 1)
                .expense(null, "2024-03-05", "100.00").owner(null, Activity.ADMIN, "2024-03-05", 120)
                .owner(1L, Activity.DELIVERY, "2024-03-06", 180)
                .report("2024-03-01", "2024-03-31", Granularity.MONTH);
        assertThat(report.streams()).extracting(s -> s.total().money().allocatedOverhead())
                .containsExactly(usd("75.00"), usd("25.00"), usd("0.00"));
        var business = report.business();
        assertThat(business.sharedExpenses()).isEqualTo(usd("100.00"));
        assertThat(business.overhead()).isEqualTo(usd("100.00"));
        assertThat(business.netIncome()).isEqualTo(usd("300.00"));          // 400 contribution − 100 overhead
        assertThat(business.overheadOwnerHours()).isEqualByComparingTo("2");
        assertThat(business.ownerHours()).isEqualByComparingTo("5");        // 3 h coaching + 2 h admin
        assertThat(business.rates().effectiveHourlyRate().value()).isEqualByComparingTo("60");  // 300 / 5 h
    }

    @ParameterizedTest(name = "{0} over nets {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "100.00; 300.00,100.00,0.00; 75.00,25.00,0.00",
            "1.00;   10.00,10.00,10.00;  0.34,0.33,0.33",   // a third each; the leftover cent goes to the first
            "0.02;   10.00,10.00,10.00;  0.01,0.01,0.00",
            "50.00;  0.00,-5.00;         0.00,0.00",         // no positive net revenue: nothing is allocated
    })
    void allocation_shares_add_up_to_the_overhead_exactly(String overhead, String nets, String expected) {
        Map<Long, app.fulcrum.domain.Money> net = new LinkedHashMap<>();
        String[] n = nets.split(",");
        for (int i = 0; i < n.length; i++) {
            net.put((long) i, usd(n[i]));
        }
        assertThat(OverheadAllocation.of(usd(overhead), net).values())
                .containsExactly(java.util.Arrays.stream(expected.split(",")).map(FactsBuilder::usd)
                        .toArray(app.fulcrum.domain.Money[]::new));
    }

    @Test
    void an_unknown_stream_filter_names_the_streams_there_are() {
        var facts = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE).build();
        assertThatThrownBy(() -> LeverageReports.compute(facts, new ReportRequest(null, null, Granularity.MONTH, "Curse"),
                LocalDate.of(2024, 1, 1)))
                .isInstanceOf(FulcrumException.class)
                .hasMessage("no stream named 'Curse': expected one of Coaching");
    }

    @Test
    void a_start_after_today_without_an_end_is_one_clear_sentence() {
        var facts = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE).build();
        assertThatThrownBy(() -> LeverageReports.compute(facts,
                new ReportRequest(LocalDate.of(2025, 1, 1), null, Granularity.MONTH, null), LocalDate.of(2024, 6, 30)))
                .isInstanceOf(FulcrumException.class)
                .hasMessage("--from 2025-01-01 is after the report's end 2024-06-30: expected a start on or before it");
    }

    @Test
    void the_stream_filter_keeps_business_totals_whole() {
        var facts = FactsBuilder.workspace().stream(1, "Coaching", StreamKind.ONE_ON_ONE).stream(2, "Course", StreamKind.COURSE)
                .sale(1, "2024-03-01", "300.00", "0.00", 2).sale(2, "2024-03-01", "100.00", "0.00", 1).build();
        var report = LeverageReports.compute(facts, new ReportRequest(null, null, Granularity.YEAR, "course"),
                LocalDate.of(2024, 3, 31));
        assertThat(report.streams()).extracting(StreamReport::name).containsExactly("Course");
        assertThat(report.business().streams().netRevenue()).isEqualTo(usd("400.00"));
        // default start: the first day of the year (the bucket) holding the first data, 2024-03-01
        assertThat(report.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
    }
}
