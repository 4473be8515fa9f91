package app.fulcrum.domain.planner;

import java.util.SplittableRandom;

/**
 * Simulates one arm for one run, month by month, into reusable scratch arrays (one runner per worker,
 * so nothing is shared between threads). Each stream draws from its own generator seeded with the
 * run's seed for its slot: the draws are the same whichever thread runs the run.
 *
 * <p>Per month and stream: units = Poisson(mean × factor) (or the mean itself without noise); a
 * membership first loses Binomial(members, churn) and then gains the new units; refunds are
 * Binomial(units, refund rate). Net income = Σ round(units × net per unit) − round(refunds × price)
 * − fixed costs, minus overhead; each product of a count and a price is rounded to the minor unit
 * with {@link Math#round(double)} before it is added, so every sum is exact integer arithmetic.
 */
final class ArmRunner {
    private final ArmModel arm;
    private final int months;
    private final SplittableRandom[] rngs;
    private final double[] mean;
    private final double[] creation;
    private final double[] active;
    private final double[] units;
    final long[] net;
    final double[] hours;
    final boolean[] bound;

    ArmRunner(ArmModel arm, int months) {
        this.arm = arm;
        this.months = months;
        int n = arm.streams.size();
        this.rngs = new SplittableRandom[n];
        this.mean = new double[n];
        this.creation = new double[n];
        this.active = new double[n];
        this.units = new double[n];
        this.net = new long[months + 1];
        this.hours = new double[months + 1];
        this.bound = new boolean[months + 1];
    }

    void run(long[] slotSeeds) {
        for (int s = 0; s < units.length; s++) {
            SimStream stream = arm.streams.get(s);
            rngs[s] = new SplittableRandom(slotSeeds[stream.seedSlot]);
            mean[s] = stream.units.meanPerMonth().sample(rngs[s]);
            creation[s] = stream.creationHours.sample(rngs[s]);
            active[s] = stream.initialActive;
        }
        for (int m = 1; m <= months; m++) {
            month(m);
        }
    }

    private void month(int m) {
        double fixedHours = arm.overheadHours;
        double unitHours = 0;
        for (int s = 0; s < units.length; s++) {
            SimStream stream = arm.streams.get(s);
            fixedHours += creation[s] * stream.creationShare[m];
            if (!stream.isLive(m)) {
                units[s] = 0;
                active[s] = 0;
                continue;
            }
            units[s] = draw(s, stream, m);
            fixedHours += stream.fixedHours[m];
            unitHours += units[s] * stream.hoursPerUnit;
        }
        double room = Math.max(0, arm.capacityPerMonth - fixedHours);
        bound[m] = unitHours > room + 1e-9;
        if (bound[m]) {
            unitHours = loseSales(room / unitHours);
        }
        long income = -arm.overheadMinor;
        for (int s = 0; s < units.length; s++) {
            income += money(s, arm.streams.get(s), m);
        }
        net[m] = income;
        hours[m] = fixedHours + unitHours;
    }

    private double draw(int s, SimStream stream, int m) {
        double expected = mean[s] * stream.meanFactor[m];
        double arrivals = stream.units.poisson() ? Draws.poisson(rngs[s], expected) : expected;
        if (!stream.membership) {
            return arrivals;
        }
        double churned = stream.units.poisson() ? Draws.binomial(rngs[s], active[s], stream.churnRate)
                : active[s] * stream.churnRate;
        active[s] = active[s] - churned + arrivals;
        return active[s];
    }

    /** Keeps the share {@code keep} of every delivered stream's units; returns the delivery hours left. */
    private double loseSales(double keep) {
        double unitHours = 0;
        for (int s = 0; s < units.length; s++) {
            SimStream stream = arm.streams.get(s);
            if (stream.hoursPerUnit > 0 && units[s] > 0) {
                double kept = units[s] * keep;
                units[s] = stream.units.poisson() ? Math.floor(kept) : kept;
                if (stream.membership) {
                    active[s] = units[s];
                }
            }
            unitHours += units[s] * stream.hoursPerUnit;
        }
        return unitHours;
    }

    private long money(int s, SimStream stream, int m) {
        if (!stream.isLive(m)) {
            return 0;
        }
        double refunds = 0;
        if (stream.refundRate > 0) {
            refunds = stream.units.poisson() ? Draws.binomial(rngs[s], units[s], stream.refundRate)
                    : units[s] * stream.refundRate;
        }
        return Math.round(units[s] * stream.netPerUnitMinor[m])
                - Math.round(refunds * stream.refundPerUnitMinor[m])
                - stream.fixedCostMinor[m];
    }
}
