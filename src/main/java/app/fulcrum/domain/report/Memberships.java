package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts.CustomerFact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Membership figures of one stream, inferred from its {@link CustomerFact} months.
 *
 * <p>Design note. A member is a customer with at least one recurring sale on the stream. A member is active
 * in every month from their first recurring month to their last one, gaps included (a missed month is read
 * as a late or retried payment, not as leaving and rejoining). They churn in the month after their last
 * recurring month. Because this month's payment may simply not be due yet, a member whose last recurring
 * month is {@code asOf} or the month before it has not churned: they count as active through {@code asOf}.
 * Sales without a customer reference are not in the facts, so they cannot make members.
 * <ul>
 *   <li>MRR of a month = net of the recurring customers' sales in that month; of a range, its last month.</li>
 *   <li>active members of a range = those active in its last month.</li>
 *   <li>churn rate = members churned in the range's months / members active at the start of those months
 *       (the month before each), the usual monthly churn averaged over the range.</li>
 *   <li>ARPU = recurring net in the range / member-months in the range; LTV = ARPU / churn rate.</li>
 * </ul>
 */
public final class Memberships {

    private final Currency currency;
    private final TreeMap<YearMonth, int[]> counts = new TreeMap<>(); // [active, joined, churned]
    private final Map<YearMonth, Long> recurringNet = new HashMap<>();

    private Memberships(Currency currency) {
        this.currency = currency;
    }

    /** Memberships of the stream whose facts are given (other streams' facts must be filtered out first). */
    public static Memberships of(List<CustomerFact> facts, Currency currency, YearMonth asOf) {
        Memberships result = new Memberships(currency);
        Map<String, YearMonth[]> span = new HashMap<>();
        for (CustomerFact f : facts) {
            if (f.recurringCount() <= 0) {
                continue;
            }
            YearMonth m = YearMonth.from(f.month());
            span.merge(f.customer(), new YearMonth[]{m, m}, (a, b) -> new YearMonth[]{
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            result.recurringNet.merge(m, f.netMinor(), Long::sum);
        }
        for (YearMonth[] s : span.values()) {
            result.addMember(s[0], s[1], asOf);
        }
        return result;
    }

    private void addMember(YearMonth first, YearMonth last, YearMonth asOf) {
        boolean stillPaying = !last.isBefore(asOf.minusMonths(1));
        YearMonth activeUntil = stillPaying && last.isBefore(asOf) ? asOf : last;
        counts.computeIfAbsent(first, k -> new int[3])[1]++;
        for (YearMonth m = first; !m.isAfter(activeUntil); m = m.plusMonths(1)) {
            counts.computeIfAbsent(m, k -> new int[3])[0]++;
        }
        if (!stillPaying) {
            counts.computeIfAbsent(last.plusMonths(1), k -> new int[3])[2]++;
        }
    }

    public int activeMembers(YearMonth month) {
        return count(month, 0);
    }

    public int joinedMembers(YearMonth month) {
        return count(month, 1);
    }

    public int churnedMembers(YearMonth month) {
        return count(month, 2);
    }

    public Money mrr(YearMonth month) {
        return new Money(recurringNet.getOrDefault(month, 0L), currency);
    }

    /** The four SPEC figures over the months {@code first}..{@code last}. */
    public MembershipFigures over(YearMonth first, YearMonth last) {
        long churned = 0;
        long atStart = 0;
        long memberMonths = 0;
        long net = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            churned += churnedMembers(m);
            atStart += activeMembers(m.minusMonths(1));
            memberMonths += activeMembers(m);
            net += recurringNet.getOrDefault(m, 0L);
        }
        Measure<BigDecimal> churnRate = atStart == 0
                ? Measure.missing("no members were active at the start of any month of the period, so churn is unknown")
                : Measure.of(BigDecimal.valueOf(churned).divide(BigDecimal.valueOf(atStart), Exact.SCALE,
                RoundingMode.HALF_EVEN));
        Measure<Money> arpu = memberMonths == 0
                ? Measure.missing("no active members in the period")
                : Measure.of(Money.rounded(decimal(net).divide(BigDecimal.valueOf(memberMonths), 10,
                RoundingMode.HALF_EVEN), currency));
        return new MembershipFigures(mrr(last), activeMembers(last), churnRate, arpu,
                ltv(arpu, churnRate, net, memberMonths, churned, atStart));
    }

    /** LTV = ARPU / churn = (net / member-months) × (members at start / churned), computed from the exact counts. */
    private Measure<Money> ltv(Measure<Money> arpu, Measure<BigDecimal> churnRate, long net, long memberMonths,
                               long churned, long atStart) {
        if (!arpu.isKnown()) {
            return Measure.missing("lifetime value needs revenue per member: " + arpu.reason());
        }
        if (!churnRate.isKnown()) {
            return Measure.missing("lifetime value needs a churn rate: " + churnRate.reason());
        }
        if (churned == 0) {
            return Measure.missing("no member left in the period, so lifetime value (revenue per member / churn) has no finite estimate");
        }
        BigDecimal value = decimal(net).multiply(BigDecimal.valueOf(atStart))
                .divide(BigDecimal.valueOf(memberMonths * churned), 10, RoundingMode.HALF_EVEN);
        return Measure.of(Money.rounded(value, currency));
    }

    private BigDecimal decimal(long minor) {
        return new Money(minor, currency).toDecimal();
    }

    private int count(YearMonth month, int index) {
        int[] c = counts.get(month);
        return c == null ? 0 : c[index];
    }

    /** MRR and active members of the range's last month; churn, ARPU and LTV over the whole range. */
    public record MembershipFigures(Money mrr, int activeMembers, Measure<BigDecimal> churnRate, Measure<Money> arpu,
                                    Measure<Money> ltv) {
    }
}
