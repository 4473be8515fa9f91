package app.fulcrum.cli.render;

import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import app.fulcrum.domain.planner.PlanResult.MoneyBand;
import app.fulcrum.domain.planner.PlanResult.Totals;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A plan as text for an 80-column terminal, the answer first: a two-line heading, the totals over the
 * horizon (P10/P50/P90 of net income and of income per owner hour for the scenario and the status quo, and
 * the payback month), how often the scenario wins and capacity cut sales, then the months — at milestones
 * ({@link #milestones}) unless every month is asked for. JSON and CSV keep every month and percentile.
 */
public final class PlanTable {
    private static final String TOTAL = "%-16s%-10s%13s%13s%13s";
    private static final String MONTH = "%5s  %-10s%11s%11s – %10s%9s%10s%7s";
    private static final String MONTH_ABOVE = "%5s  %-10s%11s%11s   %10s%9s%10s%7s";

    private PlanTable() {
    }

    public static String render(PlanResult r, boolean everyMonth) {
        StringBuilder out = new StringBuilder();
        TextGrid.wrapped(out, "Plan: " + r.scenario(), "", "  ");
        out.append(String.format(Locale.ROOT, "Seed %d · %,d runs · %d months · %s · amounts in %s\n", r.seed(), r.runs(),
                r.months(), capacity(r.ownerWeeklyCapacityHours()), r.hourValue().currency().getCurrencyCode()));
        totals(out, r);
        verdicts(out, r);
        months(out, r, everyMonth);
        return out.toString();
    }

    /** Months 1, 3, 6, 12, 18, 24, then every 12th, and always the last month of the horizon. */
    static List<Integer> milestones(int months) {
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, 3, 6, 12, 18, 24));
        IntStream.iterate(36, m -> m <= months, m -> m + 12).forEach(shown::add);
        shown.add(months);
        return List.copyOf(shown.headSet(months, true));
    }

    private static void totals(StringBuilder out, PlanResult r) {
        out.append('\n').append(line(TOTAL, "Over " + r.months() + " months", "", "P10", "P50", "P90"));
        Totals s = r.scenarioTotals();
        Totals q = r.statusQuoTotals();
        out.append(line(TOTAL, "Net income", "scenario", s.netIncome()));
        out.append(line(TOTAL, "", "status quo", q.netIncome()));
        out.append(line(TOTAL, "Per owner hour", "scenario", s.incomePerHour()));
        out.append(line(TOTAL, "", "status quo", q.incomePerHour()));
        var p = r.payback();
        out.append(line(TOTAL, "Payback month", "", month(p.p10(), r.months()), month(p.p50(), r.months()),
                month(p.p90(), r.months())));
    }

    private static void verdicts(StringBuilder out, PlanResult r) {
        if (r.scenarioTotals().incomePerHour() == null || r.statusQuoTotals().incomePerHour() == null) {
            TextGrid.wrapped(out, "Per owner hour shows " + Shown.DASH + " where the owner worked no hours in any run.",
                    "", "  ");
        }
        TextGrid.wrapped(out, "Runs with no payback within " + r.months() + " months: "
                + Shown.percent(r.payback().probabilityNone()) + ". The payback month is the first in which the"
                + " scenario's cumulative income, less its owner hours at " + Shown.grouped(r.hourValue())
                + " each, catches up with the status quo's.", "", "");
        TextGrid.wrapped(out, "The scenario beats the status quo on total income in "
                + Shown.percent(r.probabilityBeatsOnIncome()) + " of runs and on income per owner hour in "
                + Shown.percent(r.probabilityBeatsOnIncomePerHour()) + ".", "", "");
        TextGrid.wrapped(out, r.ownerWeeklyCapacityHours() == null ? "No capacity limit, so no sales were cut."
                : "Capacity cut sales in " + Shown.percent(r.capacityBindsScenario()) + " of simulated months with"
                + " the scenario and " + Shown.percent(r.capacityBindsStatusQuo()) + " without it.", "", "");
    }

    private static void months(StringBuilder out, PlanResult r, boolean everyMonth) {
        List<Integer> shown = everyMonth ? IntStream.rangeClosed(1, r.months()).boxed().toList() : milestones(r.months());
        String which = everyMonth || shown.size() == r.months() ? "every month"
                : "months " + shown.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (--every-month shows all " + r.months() + ")";
        out.append('\n');
        TextGrid.wrapped(out, "By month, " + which + ". Capped is the share of runs in which capacity cut sales"
                + " that month.", "", "");
        out.append(line(MONTH_ABOVE, "", "", "Net income", "", "", "Owner h", "Per hour", ""));
        out.append(line(MONTH, "Month", "", "P50", "P10", "P90", "P50", "P50", "Capped"));
        for (int m : shown) {
            PlanResult.MonthRow row = r.byMonth().get(m - 1);
            out.append(monthLine(Integer.toString(m), "scenario", row.scenario()));
            out.append(monthLine("", "status quo", row.statusQuo()));
        }
    }

    private static String monthLine(String month, String arm, ArmMonth a) {
        MoneyBand net = a.netIncome();
        return line(MONTH, month, arm, Shown.grouped(net.p50()), Shown.grouped(net.p10()), Shown.grouped(net.p90()),
                Shown.grouped(a.ownerHours().p50()), a.rate() == null ? Shown.DASH : Shown.grouped(a.rate().p50()),
                Shown.percent(a.capacityBinds()));
    }

    private static String line(String format, String label, String arm, MoneyBand band) {
        return band == null ? line(format, label, arm, Shown.DASH, Shown.DASH, Shown.DASH)
                : line(format, label, arm, Shown.grouped(band.p10()), Shown.grouped(band.p50()),
                        Shown.grouped(band.p90()));
    }

    private static String line(String format, Object... cells) {
        return String.format(Locale.ROOT, format, cells).stripTrailing() + "\n";
    }

    private static String month(Integer month, int horizon) {
        return month == null ? "beyond " + horizon : month.toString();
    }

    private static String capacity(Double weeklyHours) {
        if (weeklyHours == null) {
            return "no capacity limit";
        }
        double h = weeklyHours;
        return "capacity " + (h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h)) + " h a week";
    }
}
