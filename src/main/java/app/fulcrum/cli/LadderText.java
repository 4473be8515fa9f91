package app.fulcrum.cli;

import app.fulcrum.domain.ladder.Check;
import app.fulcrum.domain.ladder.CheckStatus;
import app.fulcrum.domain.ladder.LadderAssessment;
import app.fulcrum.domain.ladder.MonthUtilization;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The ladder assessment as text: rung and evidence, checks, foundation, capacity, cohorts, memberships, advice. */
final class LadderText {
    private LadderText() {
    }

    static void print(LadderAssessment a, PrintWriter out) {
        out.printf("Rung %d: %s (as of %s)%n", a.currentRung(), LadderAssessment.rungName(a.currentRung()), a.asOf());
        if (a.evidence().isEmpty()) {
            out.printf("No ladder stream had net revenue in the last %d months.%n", a.evidenceMonths());
        }
        a.evidence().forEach(e -> out.printf("  %s (%s, rung %d): %s net in the last %d months%n", e.stream(), e.kind(),
                e.rung(), e.netRevenue(), a.evidenceMonths()));
        out.println(a.baseline().rate().isKnown()
                ? "Baseline rate " + a.baseline().rate().value().setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                + " an hour (" + a.baseline().basis() + ")."
                : "Baseline rate unknown: " + a.baseline().rate().reason() + ".");
        if (a.nextRung() != null) {
            out.printf("%nNext rung %d: %s — %s%n", a.nextRung(), LadderAssessment.rungName(a.nextRung()),
                    verdict(a.nextReadiness(), a.nextRung() == 1
                            ? "sell your expertise one-on-one first; that is where the ladder starts" : null));
            checks(a.nextChecks(), out);
        }
        if (!a.foundationChecks().isEmpty()) {
            long failing = a.foundationChecks().stream().filter(c -> !c.advisory() && c.status() == CheckStatus.FAIL).count();
            out.printf("%nFoundation of rung %d (%s): %s%n", a.currentRung(), LadderAssessment.rungName(a.currentRung()),
                    failing == 0 ? verdict(a.foundationReadiness(), null)
                            : failing + " check(s) still fail; strengthening them is the leverage you have now");
            checks(a.foundationChecks(), out);
        }
        details(a, out);
    }

    private static String verdict(LadderAssessment.Readiness r, String none) {
        return switch (r) {
            case READY -> "every check passes";
            case NOT_YET -> "not yet";
            case UNKNOWN -> "no check fails, but some cannot be decided without more data";
            case NONE -> none == null ? "no checks" : none;
        };
    }

    private static void checks(List<Check> checks, PrintWriter out) {
        for (Check c : checks) {
            String threshold = shown(c.threshold().value()) + (c.threshold().differsFromDefault()
                    ? " (default " + shown(c.threshold().defaultValue()) + ")" : "");
            out.printf("  [%s] %s%s: %s; needs ≥ %s %s%n", c.status().label(), c.id(), c.advisory() ? " (advice)" : "",
                    c.detail(), threshold, c.unit());
            out.printf("         from %s. Why: %s.%n", c.source(), c.why());
        }
    }

    private static void details(LadderAssessment a, PrintWriter out) {
        out.printf("%nOne-on-one utilization by month:");
        for (MonthUtilization m : a.utilization()) {
            out.printf(" %s %s", m.month(), m.utilization() == null ? "?" : percent(m.utilization()));
        }
        out.printf("%nDistinct one-on-one clients served: %d. Months since the first sale: %s.%n", a.clientsServed(),
                a.monthsSinceFirstSale() == null ? "no sales yet" : a.monthsSinceFirstSale().toString());
        a.cohorts().forEach(c -> out.printf("Cohort of %s: %s to %s, %d sales%s%n", c.stream(), c.firstSale(), c.lastSale(),
                c.sales(), c.delivered() ? "" : " (enrolling)"));
        a.memberships().forEach(m -> out.printf("Membership %s: MRR %s, %d active members, churn %s, ARPU %s, LTV %s%n",
                m.stream(), m.trailing12().mrr(), m.trailing12().activeMembers(),
                m.trailing12().churnRate().isKnown() ? percent(m.trailing12().churnRate().value()) : m.trailing12().churnRate().reason(),
                m.trailing12().arpu().isKnown() ? m.trailing12().arpu().value() : "unknown",
                m.trailing12().ltv().isKnown() ? m.trailing12().ltv().value() : "unknown"));
        if (!a.advice().isEmpty()) {
            out.printf("%nAdvice:%n");
            a.advice().forEach(x -> out.printf("  - %s%n", x.text()));
        }
        a.changedThresholds().forEach(t -> out.printf("Note: %s is %s (default %s).%n", t.key(), shown(t.value()),
                shown(t.defaultValue())));
    }

    static String shown(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
