package app.fulcrum.cli.render;

import app.fulcrum.domain.ladder.Check;
import app.fulcrum.domain.ladder.CheckStatus;
import app.fulcrum.domain.ladder.LadderAssessment;
import app.fulcrum.domain.ladder.MembershipSummary;
import app.fulcrum.domain.ladder.MonthUtilization;
import app.fulcrum.domain.ladder.Threshold;
import app.fulcrum.domain.report.Exact;
import app.fulcrum.domain.report.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ladder assessment as text for an 80-column terminal, wrapped like the report ({@link TextGrid}): rung and
 * evidence, the baseline rate, the next rung's checks and the foundation's (status, measurement and threshold,
 * then where the data came from and why it matters), capacity, cohorts, memberships and advice.
 */
public final class LadderTable {
    private static final String CHECK_INDENT = " ".repeat(9);

    private LadderTable() {
    }

    public static String render(LadderAssessment a) {
        StringBuilder out = new StringBuilder();
        out.append("Rung ").append(a.currentRung()).append(": ").append(LadderAssessment.rungName(a.currentRung()))
                .append(" (as of ").append(a.asOf()).append(")\n");
        if (a.evidence().isEmpty()) {
            TextGrid.wrapped(out, "No ladder stream had net revenue in the last " + a.evidenceMonths() + " months.", "", "  ");
        }
        a.evidence().forEach(e -> TextGrid.wrapped(out, e.stream() + " (" + e.kind() + ", rung " + e.rung() + "): "
                + Exact.shown(e.netRevenue()) + " net in the last " + a.evidenceMonths() + " months", "  ", "    "));
        Measure<BigDecimal> baseline = a.baseline().rate();
        TextGrid.wrapped(out, baseline.isKnown()
                ? "Baseline rate " + Exact.shownPerHour(baseline.value(), a.baseline().currency()) + " (" + a.baseline().basis() + ")."
                : "Baseline rate unknown: " + baseline.reason() + ".", "", "  ");
        if (a.nextRung() != null) {
            out.append('\n');
            TextGrid.wrapped(out, "Next rung " + a.nextRung() + ": " + LadderAssessment.rungName(a.nextRung()) + " — "
                    + verdict(a.nextReadiness(), a.nextRung() == 1
                    ? "sell your expertise one-on-one first; that is where the ladder starts" : null), "", "  ");
            checks(out, a.nextChecks());
        }
        if (!a.foundationChecks().isEmpty()) {
            long failing = a.foundationChecks().stream().filter(c -> !c.advisory() && c.status() == CheckStatus.FAIL).count();
            out.append('\n');
            TextGrid.wrapped(out, "Foundation of rung " + a.currentRung() + " (" + LadderAssessment.rungName(a.currentRung())
                    + "): " + (failing == 0 ? verdict(a.foundationReadiness(), null)
                    : failing + " check(s) still fail; strengthening them is the leverage you have now"), "", "  ");
            checks(out, a.foundationChecks());
        }
        details(out, a);
        return out.toString();
    }

    private static String verdict(LadderAssessment.Readiness r, String none) {
        return switch (r) {
            case READY -> "every check passes";
            case NOT_YET -> "not yet";
            case UNKNOWN -> "no check fails, but some cannot be decided without more data";
            case NONE -> none == null ? "no checks" : none;
        };
    }

    private static void checks(StringBuilder out, List<Check> checks) {
        for (Check c : checks) {
            String threshold = threshold(c.threshold().value(), c.unit()) + (c.threshold().differsFromDefault()
                    ? " (default " + threshold(c.threshold().defaultValue(), c.unit()) + ")" : "");
            List<String> words = words(c.id() + (c.advisory() ? " (advice)" : "") + ": " + c.detail() + ";");
            words.add("needs ≥ " + threshold); // kept on one line
            TextGrid.wrapped(out, words, "  [" + c.status().label() + "] ", CHECK_INDENT);
            TextGrid.wrapped(out, "from " + c.source() + ". Why: " + c.why() + ".", CHECK_INDENT, CHECK_INDENT);
        }
    }

    /** The words of {@code text}, a `quoted command` kept as one so that it can be copied from one line. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder command = null;
        for (String word : text.split(" ")) {
            if (command != null) {
                command.append(' ').append(word);
            } else if (word.startsWith("`")) {
                command = new StringBuilder(word);
            } else {
                words.add(word);
            }
            if (command != null && (command.length() > 1 && command.toString().matches("`.*`\\W*"))) {
                words.add(command.toString());
                command = null;
            }
        }
        if (command != null) {
            words.add(command.toString());
        }
        return words;
    }

    /** "10,000 USD a month", "6 months", "10%" (a share); a threshold is a setting, so no trailing zeros. */
    static String threshold(BigDecimal value, String unit) {
        if (unit.equals("share")) {
            return percent(value);
        }
        return number(value) + " " + unit;
    }

    /** "10,000", "2,000", "0.8": grouped like the tables, without trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return String.format(Locale.ROOT, "%,." + Math.max(0, v.scale()) + "f", v);
    }

    private static void details(StringBuilder out, LadderAssessment a) {
        out.append('\n');
        List<String> months = new ArrayList<>(List.of("One-on-one", "utilization", "by", "month:"));
        for (MonthUtilization m : a.utilization()) {
            months.add(m.month() + " " + (m.utilization() == null ? "?" : percent(m.utilization())));
        }
        TextGrid.wrapped(out, months, "", "  ");
        TextGrid.wrapped(out, "Distinct one-on-one clients served: " + a.clientsServed() + ". Months since the first sale: "
                + (a.monthsSinceFirstSale() == null ? "no sales yet" : a.monthsSinceFirstSale().toString()) + ".", "", "  ");
        a.cohorts().forEach(c -> TextGrid.wrapped(out, "Cohort of " + c.stream() + ": " + c.firstSale() + " to "
                + c.lastSale() + ", " + c.sales() + " sales" + (c.delivered() ? "" : " (enrolling)"), "", "  "));
        a.memberships().forEach(m -> TextGrid.wrapped(out, membership(m), "", "  "));
        if (!a.advice().isEmpty()) {
            out.append("\nAdvice:\n");
            a.advice().forEach(x -> TextGrid.wrapped(out, x.text(), "  - ", "    "));
        }
        for (Threshold t : a.changedThresholds()) {
            TextGrid.wrapped(out, "Note: " + t.key() + " is " + number(t.value()) + " (default " + number(t.defaultValue())
                    + ").", "", "  ");
        }
    }

    private static String membership(MembershipSummary m) {
        var t = m.trailing12();
        return "Membership " + m.stream() + ": MRR " + Exact.shown(t.mrr()) + ", " + t.activeMembers()
                + " active members, churn " + (t.churnRate().isKnown() ? percent(t.churnRate().value()) : t.churnRate().reason())
                + ", ARPU " + t.arpu().map(Exact::shown).orElse("unknown") + ", LTV " + t.ltv().map(Exact::shown).orElse("unknown");
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
