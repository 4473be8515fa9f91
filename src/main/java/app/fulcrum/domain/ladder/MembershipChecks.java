package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Stream;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Checks for rung 4 (membership), SPEC defaults: a course or product with sales in ≥ 6 of the last 12
 * calendar months (today's month included) and a buyers list of ≥ 2,000.
 */
final class MembershipChecks {
    static final int RUNG = 4;

    private MembershipChecks() {
    }

    static List<Check> of(LadderFacts f) {
        return List.of(productSales(f), CourseChecks.buyers(f, f.thresholds.membershipBuyers(), "membership.buyers", RUNG));
    }

    private static Check productSales(LadderFacts f) {
        Threshold t = f.thresholds.membershipSalesMonths();
        String why = "a membership keeps selling month after month only if a product already does";
        String source = "sales of course and product streams, last 12 months";
        List<Stream> products = f.streams(LadderFacts.rungs(3));
        if (products.isEmpty()) {
            return Check.measured("membership.product_sales_months", RUNG, BigDecimal.ZERO, t, "months", source, why,
                    "no course or product stream yet");
        }
        var from = YearMonth.from(f.today).minusMonths(11).atDay(1);
        Stream best = products.stream().max(Comparator.comparingInt(s -> f.monthsWithSales(s.id(), from, f.today).size()))
                .orElseThrow();
        int months = f.monthsWithSales(best.id(), from, f.today).size();
        return Check.measured("membership.product_sales_months", RUNG, BigDecimal.valueOf(months), t, "months", source,
                why, "'" + best.name() + "' sold in " + months + " of the last 12 months");
    }
}
