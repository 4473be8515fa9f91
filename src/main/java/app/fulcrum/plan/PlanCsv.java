package app.fulcrum.plan;

import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;

import java.io.PrintWriter;

/** A plan as CSV: one row per month and arm; the seed is in every row so a pasted extract stays traceable. */
public final class PlanCsv {
    public static final String HEADER = "seed,month,arm,net_p10,net_p50,net_p90,hours_p10,hours_p50,hours_p90,"
            + "rate_p10,rate_p50,rate_p90,capacity_binds";

    private PlanCsv() {
    }

    public static void print(PlanResult r, PrintWriter out) {
        out.println(HEADER);
        for (var row : r.byMonth()) {
            line(out, r.seed(), row.month(), "scenario", row.scenario());
            line(out, r.seed(), row.month(), "status_quo", row.statusQuo());
        }
    }

    private static void line(PrintWriter out, long seed, int month, String arm, ArmMonth a) {
        String rate = a.rate() == null ? ",," : a.rate().p10().toPlainString() + "," + a.rate().p50().toPlainString()
                + "," + a.rate().p90().toPlainString();
        out.println(seed + "," + month + "," + arm + "," + a.netIncome().p10().toPlainString() + ","
                + a.netIncome().p50().toPlainString() + "," + a.netIncome().p90().toPlainString() + ","
                + a.ownerHours().p10().toPlainString() + "," + a.ownerHours().p50().toPlainString() + ","
                + a.ownerHours().p90().toPlainString() + "," + rate + "," + a.capacityBinds());
    }
}
