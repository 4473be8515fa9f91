package app.fulcrum.domain.planner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static app.fulcrum.domain.planner.PlanFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every distribution collapsed to a point the simulation is plain arithmetic. The plan:
 * coaching 20 sessions × 150.00 net, 4 fixed h + 1 h/session, 50.00 expenses; overhead 100.00 and 10 h
 * a month; raise coaching 10% with elasticity 1; add a course (200.00, 5% fee → 190.00 net a sale,
 * 10% refunds of the full 200.00, 60 creation hours over months 1–2, selling from month 3 with a
 * 2-month ramp, 0.5 h a sale, 8 fixed h, 300.00 ads). Hours are valued at the baseline rate 20.00.
 *
 * Status quo, every month: 20 × 150 − 50 − 100 = 2,850.00; hours 10 + 4 + 20 = 34.
 * Scenario coaching: price 150 × 1.10 = 165.00, units 20 × (1 − 1 × 0.10) = 18 → 18 × 165 − 50 = 2,920.00.
 *   month 1, 2: 2,920 − 100 = 2,820.00; hours 10 + 4 + 18 + 60 / 2 = 62
 *   month 3: course 5 sales (ramp 1/2): 5 × 190 − 0.5 × 200 − 300 = 550 → 3,370.00; hours 32 + 8 + 2.5 = 42.5
 *   month 4: 10 sales: 10 × 190 − 1 × 200 − 300 = 1,400 → 4,220.00; hours 32 + 8 + 5 = 45
 * Payback at 20.00 an hour, scenario − status quo of (net − 20 × hours):
 *   m1 (2,820 − 1,240) − (2,850 − 680) = −590; m2 −590 (cum −1,180); m3 (3,370 − 850) − 2,170 = +350
 *   (cum −830); m4 (4,220 − 900) − 2,170 = +1,150 (cum +320) → payback in month 4.
 */
class PlannerAnalyticTest {

    private static final PlanResult RESULT = Planner.plan(PlanFixtures.raiseAndLaunch(UnitsModel.exactly(20),
            UnitsModel.exactly(10), Distribution.point(60), null), new PlanOptions(5, 4, 42));

    @ParameterizedTest(name = "month {0}: scenario {1} in {2} h, status quo {3} in {4} h")
    @CsvSource({
            "1, 2820.00, 62.0, 2850.00, 34.0",
            "2, 2820.00, 62.0, 2850.00, 34.0",
            "3, 3370.00, 42.5, 2850.00, 34.0",
            "4, 4220.00, 45.0, 2850.00, 34.0"})
    void collapsed_plan_equals_the_hand_computation(int month, String scenarioNet, String scenarioHours,
                                                    String quoNet, String quoHours) {
        var row = RESULT.byMonth().get(month - 1);
        // Every percentile is the same number when nothing is random.
        assertThat(row.scenario().netIncome().p10()).isEqualTo(usd(scenarioNet));
        assertThat(row.scenario().netIncome().p90()).isEqualTo(usd(scenarioNet));
        assertThat(row.scenario().ownerHours().p50()).isEqualByComparingTo(scenarioHours);
        assertThat(row.statusQuo().netIncome().p50()).isEqualTo(usd(quoNet));
        assertThat(row.statusQuo().ownerHours().p50()).isEqualByComparingTo(quoHours);
    }

    @Test
    void effective_rate_is_net_income_over_owner_hours_rounded_to_the_cent() {
        // 4,220 / 45 = 93.777… → 93.78; 2,850 / 34 = 83.823… → 83.82
        assertThat(RESULT.byMonth().get(3).scenario().rate().p50()).isEqualTo(usd("93.78"));
        assertThat(RESULT.byMonth().get(3).statusQuo().rate().p50()).isEqualTo(usd("83.82"));
    }

    @Test
    void payback_comes_in_month_four_when_hours_are_worth_twenty() {
        assertThat(RESULT.payback().p10()).isEqualTo(4);
        assertThat(RESULT.payback().p90()).isEqualTo(4);
        assertThat(RESULT.payback().probabilityNone()).isZero();
        assertThat(RESULT.payback().runsByMonth()).containsExactly(0, 0, 0, 5);
    }

    @Test
    void scenario_earns_more_in_total_but_less_per_hour() {
        // totals: 2,820 + 2,820 + 3,370 + 4,220 = 13,230 in 211.5 h (62.55/h) vs 11,400 in 136 h (83.82/h)
        assertThat(RESULT.scenarioTotals().netIncome().p50()).isEqualTo(usd("13230.00"));
        assertThat(RESULT.scenarioTotals().incomePerHour().p50()).isEqualTo(usd("62.55"));
        assertThat(RESULT.statusQuoTotals().netIncome().p50()).isEqualTo(usd("11400.00"));
        assertThat(RESULT.probabilityBeatsOnIncome()).isEqualTo(1.0);
        assertThat(RESULT.probabilityBeatsOnIncomePerHour()).isEqualTo(0.0);
    }

    @Test
    void capacity_that_fits_everything_never_binds_and_tight_capacity_cuts_deliveries() {
        // Month 1 needs 62 h (all fixed but 18 coaching hours). 10 h a week = 43.33 h a month: fixed hours
        // 10 + 4 + 30 = 44 already exceed it, so all 18 sessions are lost: 0 − 50 − 100 = −150.00.
        var tight = Planner.plan(PlanFixtures.raiseAndLaunch(UnitsModel.exactly(20), UnitsModel.exactly(10),
                Distribution.point(60), 10.0), new PlanOptions(3, 4, 1));
        assertThat(tight.byMonth().get(0).scenario().netIncome().p50()).isEqualTo(usd("-150.00"));
        assertThat(tight.byMonth().get(0).scenario().capacityBinds()).isEqualTo(1.0);
        assertThat(RESULT.capacityBindsScenario()).isZero();
    }

    @Test
    void retiring_a_stream_removes_its_income_hours_and_costs() {
        var retire = new Scenario("retire", PlanFixtures.coachingPractice(UnitsModel.exactly(20)),
                java.util.List.of(new Change.RetireStream("coaching", 2)), null, null);
        var result = Planner.plan(retire, new PlanOptions(2, 2, 7));
        // month 2: only the overhead is left: −100.00 in 10 h
        assertThat(result.byMonth().get(1).scenario().netIncome().p50()).isEqualTo(usd("-100.00"));
        assertThat(result.byMonth().get(1).scenario().ownerHours().p50()).isEqualByComparingTo(BigDecimal.TEN);
    }
}
