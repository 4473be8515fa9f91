package app.fulcrum.plan;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import app.fulcrum.domain.planner.PlanResult.HoursBand;
import app.fulcrum.domain.planner.PlanResult.MoneyBand;

import java.io.PrintWriter;
import java.util.Locale;

/** A plan as text for a terminal: two lines a month (scenario, status quo), then the summary sentences. */
public final class PlanTable {
    private static final String ROW = "%-5s %-10s  %-38s  %-20s  %-26s  %s%n";

    private PlanTable() {
    }

    public static void print(PlanResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "Plan: %s%n", r.scenario());
        out.printf(Locale.ROOT, "Seed %d · %d runs · %d months · %s · owner hours valued at %s%n%n", r.seed(), r.runs(),
                r.months(), r.ownerWeeklyCapacityHours() == null ? "no capacity limit"
                        : "capacity " + hours(r.ownerWeeklyCapacityHours()) + " h a week", r.hourValue());
        out.printf(Locale.ROOT, ROW, "month", "", "net income P10 / P50 / P90", "owner hours", "per hour", "capacity cut sales");
        for (var row : r.byMonth()) {
            line(out, Integer.toString(row.month()), "scenario", row.scenario());
            line(out, "", "status quo", row.statusQuo());
        }
        out.println();
        summary(r, out);
    }

    private static void line(PrintWriter out, String month, String arm, ArmMonth a) {
        out.printf(Locale.ROOT, ROW, month, arm, money(a.netIncome()), hours(a.ownerHours()),
                a.rate() == null ? "no owner hours" : money(a.rate()), percent(a.capacityBinds()) + " of runs");
    }

    static void summary(PlanResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "Total net income over %d months: scenario %s, status quo %s (P10 / P50 / P90).%n",
                r.months(), money(r.scenarioTotals().netIncome()), money(r.statusQuoTotals().netIncome()));
        out.printf(Locale.ROOT, "Income per owner hour: scenario %s, status quo %s.%n",
                perHour(r.scenarioTotals().incomePerHour()), perHour(r.statusQuoTotals().incomePerHour()));
        var p = r.payback();
        out.printf(Locale.ROOT, "Payback month (the scenario's cumulative income, less its hours at %s, catches up"
                        + " with the status quo's): P10 %s, P50 %s, P90 %s; no payback within %d months in %s of runs.%n",
                r.hourValue(), month(p.p10()), month(p.p50()), month(p.p90()), r.months(), percent(p.probabilityNone()));
        out.printf(Locale.ROOT, "The scenario beats the status quo on total income in %s of runs and on income per"
                + " owner hour in %s.%n", percent(r.probabilityBeatsOnIncome()), percent(r.probabilityBeatsOnIncomePerHour()));
        out.printf(Locale.ROOT, "Capacity cut sales in %s of simulated months with the scenario and %s without it.%n",
                percent(r.capacityBindsScenario()), percent(r.capacityBindsStatusQuo()));
    }

    private static String perHour(MoneyBand band) {
        return band == null ? "none (no owner hours)" : money(band);
    }

    static String money(MoneyBand b) {
        return plain(b.p10()) + " / " + plain(b.p50()) + " / " + plain(b.p90());
    }

    private static String plain(Money m) {
        return m.toPlainString();
    }

    private static String hours(HoursBand b) {
        return b.p10().toPlainString() + " / " + b.p50().toPlainString() + " / " + b.p90().toPlainString();
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String month(Integer m) {
        return m == null ? "beyond the horizon" : "month " + m;
    }
}
