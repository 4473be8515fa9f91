package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth AS_OF = YearMonth.of(2024, 6);

    /**
     * Three members at 50.00 a month: A pays Jan–Mar (churns Apr), B pays Feb and Apr (Mar is a gap, still
     * active; churns May), C pays Jan only (churns Feb). D pays May (the month before June: not churned,
     * active through June); E pays June. F bought once, not recurring: never a member.
     */
    private static final List<CustomerFact> FACTS = List.of(
            fact("A", 1), fact("A", 2), fact("A", 3),
            fact("B", 2), fact("B", 4),
            fact("C", 1),
            fact("D", 5),
            fact("E", 6),
            new CustomerFact(9, "F", YearMonth.of(2024, 3).atDay(1), 1, 0, 9900, null));

    private static CustomerFact fact(String customer, int month) {
        return new CustomerFact(9, customer, YearMonth.of(2024, month).atDay(1), 1, 1, 5000, "email");
    }

    @ParameterizedTest(name = "{0}: active {1}, joined {2}, churned {3}, mrr {4}")
    @CsvSource({
            "2024-01, 2, 2, 0, 100.00",  // A and C joined
            "2024-02, 2, 1, 1, 100.00",  // A, B active (B joined); C churned after January
            "2024-03, 2, 0, 0, 50.00",   // A paid; B in a gap month still counts; F's one-off is not recurring
            "2024-04, 1, 0, 1, 50.00",   // B paid; A churned after March
            "2024-05, 1, 1, 1, 50.00",   // D joined; B churned after April
            "2024-06, 2, 1, 0, 50.00",   // D not yet due again (paid in May), E joined
    })
    void members_are_active_from_first_to_last_recurring_month_and_churn_the_month_after(
            YearMonth month, int active, int joined, int churned, String mrr) {
        Memberships m = Memberships.of(FACTS, USD, AS_OF);
        assertThat(m.activeMembers(month)).isEqualTo(active);
        assertThat(m.joinedMembers(month)).isEqualTo(joined);
        assertThat(m.churnedMembers(month)).isEqualTo(churned);
        assertThat(m.mrr(month)).isEqualTo(Money.parse(mrr, USD));
    }

    @Test
    void churn_arpu_and_ltv_over_a_range_follow_from_the_monthly_counts() {
        // Feb..Apr: churned 1 + 0 + 1 = 2; active at the start (Jan, Feb, Mar) = 2 + 2 + 2 = 6 → 2/6 = 0.3333.
        // Recurring net 100 + 50 + 50 = 200 over 2 + 2 + 1 = 5 member-months → ARPU 40.00; LTV = 40 / (2/6) = 120.00.
        var figures = Memberships.of(FACTS, USD, AS_OF).over(YearMonth.of(2024, 2), YearMonth.of(2024, 4));
        assertThat(figures.churnRate().value()).isEqualByComparingTo("0.3333");
        assertThat(figures.arpu().value()).isEqualTo(Money.parse("40.00", USD));
        assertThat(figures.ltv().value()).isEqualTo(Money.parse("120.00", USD));
        assertThat(figures.mrr()).isEqualTo(Money.parse("50.00", USD));
        assertThat(figures.activeMembers()).isEqualTo(1);
    }

    @Test
    void no_churn_leaves_ltv_undefined_with_a_reason() {
        // June alone: nobody churned (0 of 1 at the start), so LTV = ARPU / 0 has no finite value.
        var figures = Memberships.of(FACTS, USD, AS_OF).over(AS_OF, AS_OF);
        assertThat(figures.churnRate().value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(figures.ltv().value()).isNull();
        assertThat(figures.ltv().reason()).contains("no member left");
    }

    @Test
    void no_members_leaves_churn_undefined_with_a_reason() {
        var figures = Memberships.of(List.of(), USD, AS_OF).over(AS_OF, AS_OF);
        assertThat(figures.activeMembers()).isZero();
        assertThat(figures.churnRate().reason()).contains("no members were active");
        assertThat(figures.ltv().isKnown()).isFalse();
    }
}
