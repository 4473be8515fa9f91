package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static app.fulcrum.domain.ladder.Business.CLUB;
import static app.fulcrum.domain.ladder.Business.COACHING;
import static app.fulcrum.domain.ladder.Business.COURSE;
import static org.assertj.core.api.Assertions.assertThat;

class LadderTest {

    /** Coaching for two years, and a course launched in 2026 without list, cohorts or service income. */
    private static Business jumpedToACourse() {
        return Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20").stream(COURSE, StreamKind.COURSE, null)
                .sales(COACHING, "2024-06-01", 4, "150").sales(COACHING, "2026-04-01", 10, "150")
                .sales(COURSE, "2026-05-01", 12, "197").audience("2026-05-01", 350, 40L);
    }

    @Test
    void the_current_rung_is_the_highest_with_net_revenue_in_six_months_with_its_evidence() {
        LadderAssessment a = jumpedToACourse().assess();
        assertThat(a.currentRung()).isEqualTo(3);
        // course: 12 × 197 = 2,364.00; coaching: 10 × 150 = 1,500.00 (the 2024 sales are outside the window)
        assertThat(a.evidence()).extracting(RungEvidence::stream, e -> e.netRevenue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course 3", Money.ofMinor(236_400, "USD")),
                        org.assertj.core.groups.Tuple.tuple("one-on-one 1", Money.ofMinor(150_000, "USD")));
        assertThat(a.nextRung()).isEqualTo(4);
        assertThat(a.monthsSinceFirstSale()).isEqualTo(24);
    }

    @Test
    void a_business_that_jumped_to_a_course_is_told_which_foundation_checks_fail() {
        LadderAssessment a = jumpedToACourse().assess();
        assertThat(a.foundationReadiness()).isEqualTo(LadderAssessment.Readiness.NOT_YET);
        // 2 years in (< 3), 40 buyers (< 1,000), 1,500 / 6 = 250.00 a month (< 10,000), no cohorts (< 2)
        assertThat(a.foundationChecks()).extracting(Check::id, c -> c.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course.years_in_business", CheckStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple("course.buyers", CheckStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple("course.service_income", CheckStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple("course.group_cohorts", CheckStatus.FAIL));
        assertThat(a.foundationChecks().get(2).measured()).isEqualByComparingTo("250.00");
    }

    @Test
    void without_ladder_revenue_the_business_is_not_on_the_ladder_and_rung_one_has_no_checks() {
        LadderAssessment a = Business.empty().stream(9, StreamKind.AFFILIATE, null).sales(9, "2026-05-01", 3, "20").assess();
        assertThat(a.currentRung()).isZero();
        assertThat(a.nextRung()).isEqualTo(1);
        assertThat(a.nextChecks()).isEmpty();
        assertThat(a.nextReadiness()).isEqualTo(LadderAssessment.Readiness.NONE);
    }

    @Test
    void a_full_calendar_brings_the_raise_advice_with_the_new_price() {
        // April 2026: 80 / 85.71 h = 93%; May: 80 / 88.57 h = 90%; June to the 15th: 40 / 42.86 h = 93% → avg 92%
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20")
                .delivery(COACHING, "2026-04-10", 80).delivery(COACHING, "2026-05-10", 80).delivery(COACHING, "2026-06-10", 40)
                .sales(COACHING, "2026-05-10", 20, "150");
        var advice = b.assess().advice();
        assertThat(advice).extracting(Advice::kind).containsExactly("raise_rate");
        assertThat(advice.get(0).text()).startsWith("One-on-one utilization averaged 92% over the last 3 months: raise your rate 10%")
                .contains("(average sale 150.00 USD → 165.00 USD)");
    }

    @Test
    void the_best_channel_is_the_one_with_the_most_paying_customers() {
        var b = Business.empty().stream(COACHING, StreamKind.ONE_ON_ONE, "20")
                .customer(COACHING, "ann", "2026-01-01", "150", "referral", false)
                .customer(COACHING, "ann", "2026-02-01", "150", "podcast", false) // ann's first channel counts
                .customer(COACHING, "bob", "2026-02-01", "150", "referral", false)
                .customer(COACHING, "cy", "2026-03-01", "150", "podcast", false)
                .promotion("2026-03-03", 12);
        var advice = b.assess().advice();
        assertThat(advice).extracting(Advice::kind).containsExactly("channel");
        assertThat(advice.get(0).text()).startsWith("'referral' brought the most paying customers in the last 12 months (2 of 3)")
                .contains("12 promotion hours");
    }

    @Test
    void membership_metrics_come_from_recurring_customers_by_month() {
        var b = Business.empty().stream(CLUB, StreamKind.MEMBERSHIP, null)
                .customer(CLUB, "a", "2026-04-01", "49", null, true).customer(CLUB, "a", "2026-05-01", "49", null, true)
                .customer(CLUB, "a", "2026-06-01", "49", null, true)
                .customer(CLUB, "b", "2026-04-01", "49", null, true); // last paid April: churned in May
        var m = b.assess().memberships().get(0);
        var june = m.byMonth().get(11);
        assertThat(june.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(june.active()).isEqualTo(1);
        assertThat(june.mrr()).isEqualTo(Money.ofMinor(4_900, "USD"));
        assertThat(m.byMonth().get(10).churned()).isEqualTo(1); // May
    }
}
