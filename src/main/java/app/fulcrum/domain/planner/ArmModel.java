package app.fulcrum.domain.planner;

import app.fulcrum.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of the comparison (status quo or scenario) compiled for the simulation.
 *
 * <p>Capacity: weekly hours × 52 / 12 per month. Fixed hours (overhead admin, each live stream's
 * promotion and support, creation work) are taken first; sales whose delivery hours do not fit in what
 * is left are lost, every stream losing the same share (a membership loses members). Fixed hours are
 * never cut: they are the owner's own commitments.
 *
 * <p>Money: prices and costs are converted once to minor units, rounding half-even with BigDecimal
 * (a raised price is rounded to the cent before it is used).
 */
final class ArmModel {
    static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    final List<SimStream> streams;
    final long overheadMinor;
    final double overheadHours;
    final double capacityPerMonth;

    private ArmModel(List<SimStream> streams, long overheadMinor, double overheadHours, double capacityPerMonth) {
        this.streams = List.copyOf(streams);
        this.overheadMinor = overheadMinor;
        this.overheadHours = overheadHours;
        this.capacityPerMonth = capacityPerMonth;
    }

    /** The number of independent random sources a run needs: one per starting stream and per added stream. */
    static int seedSlots(Scenario scenario) {
        int added = (int) scenario.changes().stream().filter(c -> c instanceof Change.AddStream).count();
        return scenario.baseline().streams().size() + added;
    }

    static ArmModel statusQuo(Scenario scenario, int months) {
        Baseline baseline = scenario.baseline();
        List<SimStream> streams = new ArrayList<>();
        for (int i = 0; i < baseline.streams().size(); i++) {
            streams.add(existing(i, baseline.streams().get(i), months));
        }
        return new ArmModel(streams, baseline.overheadPerMonth().minor(), baseline.overheadOwnerHoursPerMonth(),
                capacity(scenario));
    }

    static ArmModel scenario(Scenario scenario, int months) {
        Baseline baseline = scenario.baseline();
        List<SimStream> streams = new ArrayList<>();
        for (int i = 0; i < baseline.streams().size(); i++) {
            StreamBaseline base = baseline.streams().get(i);
            SimStream sim = existing(i, base, months);
            for (Change change : scenario.changes()) {
                applyTo(change, base, sim, months);
            }
            streams.add(sim);
        }
        int slot = baseline.streams().size();
        for (Change change : scenario.changes()) {
            if (change instanceof Change.AddStream add) {
                streams.add(added(slot++, add.stream(), months));
            }
        }
        return new ArmModel(streams, baseline.overheadPerMonth().minor(), baseline.overheadOwnerHoursPerMonth(),
                capacity(scenario));
    }

    private static double capacity(Scenario scenario) {
        Double weekly = scenario.ownerWeeklyCapacityHours();
        return weekly == null ? Double.POSITIVE_INFINITY : weekly * WEEKS_PER_MONTH;
    }

    private static SimStream existing(int slot, StreamBaseline base, int months) {
        double initial = base.isMembership() ? base.units().meanPerMonth().mean() : 0;
        // A membership's units are its active members; it keeps them by replacing churned members,
        // so new members arrive at churn × members a month (the steady state of the last 12 months).
        UnitsModel arrivals = base.isMembership()
                ? new UnitsModel(Distribution.point(initial * base.churnRate()), base.units().poisson())
                : base.units();
        SimStream sim = new SimStream(slot, months, arrivals, Distribution.point(0), base.isMembership(),
                base.churnRate(), initial, base.ownerHoursPerUnit(), 0);
        long fixedCost = Math.addExact(base.helperCostPerMonth().minor(), base.expensesPerMonth().minor());
        sim.fill(1, months, 1.0, base.netPerUnit().minor(), 0, fixedCost, base.ownerFixedHoursPerMonth());
        return sim;
    }

    private static void applyTo(Change change, StreamBaseline base, SimStream sim, int months) {
        if (change instanceof Change.RaisePrice raise && raise.stream().equalsIgnoreCase(base.name())) {
            Money raised = base.netPerUnit().times(BigDecimal.ONE.add(raise.percent().movePointLeft(2)));
            for (int m = raise.fromMonth(); m <= months; m++) {
                if (sim.isLive(m)) {
                    sim.meanFactor[m] *= raise.unitFactor();
                    sim.netPerUnitMinor[m] = raised.minor();
                }
            }
        } else if (change instanceof Change.RetireStream retire && retire.stream().equalsIgnoreCase(base.name())) {
            sim.retireFrom(retire.fromMonth());
        }
    }

    private static SimStream added(int slot, NewStream add, int months) {
        boolean membership = add.kind() == app.fulcrum.domain.StreamKind.MEMBERSHIP;
        SimStream sim = new SimStream(slot, months, add.units(), add.creationHours(), membership, add.churnRate(),
                0, add.deliveryHoursPerUnit(), add.refundRate());
        for (int m = add.startMonth(); m < add.launchMonth() && m <= months; m++) {
            sim.creationShare[m] = 1.0 / add.creationMonths();
        }
        long fee = add.price().toDecimal().multiply(add.feePercent()).movePointLeft(2)
                .setScale(Math.max(0, add.price().currency().getDefaultFractionDigits()), RoundingMode.HALF_EVEN)
                .unscaledValue().longValueExact();
        long fixedCost = Math.addExact(add.adSpendPerMonth().minor(), add.otherCostsPerMonth().minor());
        int launch = add.launchMonth();
        for (int m = launch; m <= months; m++) {
            int sellingMonth = m - launch + 1;
            double ramp = add.rampUpMonths() == 0 ? 1.0 : Math.min(1.0, sellingMonth / (double) add.rampUpMonths());
            sim.fill(m, m, ramp, add.price().minor() - fee, add.price().minor(), fixedCost, add.fixedHoursPerMonth());
        }
        return sim;
    }
}
