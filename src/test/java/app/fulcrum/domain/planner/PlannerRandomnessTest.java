package app.fulcrum.domain.planner;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static app.fulcrum.domain.planner.PlanFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

class PlannerRandomnessTest {

    private static Scenario noisy() {
        return PlanFixtures.raiseAndLaunch(UnitsModel.poisson(20),
                new UnitsModel(new Distribution.Triangular(2, 8, 20), true), new Distribution.Triangular(40, 60, 120), 30.0);
    }

    @Test
    void same_seed_gives_identical_output_whatever_the_thread_count() throws Exception {
        var options = new PlanOptions(3000, 24, 20261121L);
        PlanResult parallel = Planner.plan(noisy(), options);
        PlanResult again = Planner.plan(noisy(), options);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            PlanResult single = one.submit(() -> Planner.plan(noisy(), options)).get();
            assertThat(again).isEqualTo(parallel);
            assertThat(single).isEqualTo(parallel);
        } finally {
            one.shutdown();
        }
        assertThat(parallel.seed()).isEqualTo(20261121L);
    }

    @Test
    void a_different_seed_gives_different_bands() {
        var a = Planner.plan(noisy(), new PlanOptions(500, 12, 1));
        var b = Planner.plan(noisy(), new PlanOptions(500, 12, 2));
        assertThat(a.byMonth()).isNotEqualTo(b.byMonth());
    }

    @Test
    void zero_capacity_makes_a_new_live_stream_earn_nothing() {
        var group = new NewStream("Group", StreamKind.GROUP, usd("500.00"), BigDecimal.ZERO, null, 1, 0,
                UnitsModel.poisson(10), 0, 2.0, 0, null, null, 0, 0);
        var scenario = new Scenario("group", new Baseline(Money.currency("USD"), List.of(), null, 0, null),
                List.of(new Change.AddStream(group)), 0.0, null);
        var result = Planner.plan(scenario, new PlanOptions(2000, 12, 5));
        for (var row : result.byMonth()) {
            // every sale needs 2 owner hours and there are none: all lost
            assertThat(row.scenario().netIncome().p90()).isEqualTo(usd("0.00"));
            assertThat(row.scenario().ownerHours().p90()).isEqualByComparingTo("0");
        }
        // Poisson(10) is 0 with probability e^-10 ≈ 0.005%, so capacity binds in almost every month.
        assertThat(result.capacityBindsScenario()).isGreaterThan(0.99);
        assertThat(result.scenarioTotals().incomePerHour()).isNull();
    }

    @Test
    void a_price_raise_without_elasticity_always_beats_the_status_quo() {
        // Common random numbers: both arms sell the same sessions, the scenario at 10% more.
        var raise = new Scenario("raise", PlanFixtures.coachingPractice(UnitsModel.poisson(20)),
                List.of(new Change.RaisePrice("Coaching", BigDecimal.TEN, 0, 1)), null, null);
        var result = Planner.plan(raise, new PlanOptions(1000, 12, 3));
        assertThat(result.probabilityBeatsOnIncome()).isEqualTo(1.0);
        assertThat(result.payback().p90()).isEqualTo(1);
    }
}
