package app.fulcrum.domain.planner;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;

import java.math.BigDecimal;
import java.util.List;

/** Small named scenarios for planner tests. */
final class PlanFixtures {
    private PlanFixtures() {
    }

    static Money usd(String amount) {
        return Money.parse(amount, Money.currency("USD"));
    }

    /** One-on-one coaching: 20 sessions a month at 150.00 net, 4 fixed hours + 1 hour a session, 50.00 tools. */
    static StreamBaseline coaching(UnitsModel units) {
        return new StreamBaseline("Coaching", StreamKind.ONE_ON_ONE, usd("150.00"), units, 4, 1.0,
                usd("0"), usd("50.00"), 0);
    }

    static Baseline coachingPractice(UnitsModel units) {
        return new Baseline(Money.currency("USD"), List.of(coaching(units)), usd("100.00"), 10, usd("20.00"));
    }

    /** A course: 200.00 with a 5% fee, 60 creation hours over 2 months, 10 sales a month after 2 ramp-up months. */
    static NewStream course(Distribution creation, UnitsModel units) {
        return new NewStream("Course", StreamKind.COURSE, usd("200.00"), new BigDecimal("5"), creation, 1, 2,
                units, 2, 0.5, 8, usd("300.00"), usd("0"), 0, 0.1);
    }

    static Scenario raiseAndLaunch(UnitsModel coachingUnits, UnitsModel courseUnits, Distribution creation,
                                   Double capacity) {
        return new Scenario("raise and launch", coachingPractice(coachingUnits), List.of(
                new Change.RaisePrice("Coaching", new BigDecimal("10"), 1.0, 1),
                new Change.AddStream(course(creation, courseUnits))), capacity, null);
    }
}
