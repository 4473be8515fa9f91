package app.fulcrum.domain.planner;

import java.util.Arrays;

/**
 * One stream compiled for the simulation: every money figure in minor units and every month-dependent
 * figure as an array indexed by month (1-based), so the inner loop only multiplies and adds.
 * {@code seedSlot} gives the stream the same random draws in the status quo and the scenario (common
 * random numbers), so differences between the two come from the change, not from noise.
 */
final class SimStream {
    final int seedSlot;
    final UnitsModel units;
    final Distribution creationHours;
    final boolean membership;
    final double churnRate;
    final double initialActive;
    final double hoursPerUnit;
    final double refundRate;
    final boolean[] live;
    final double[] meanFactor;
    final long[] netPerUnitMinor;
    final long[] refundPerUnitMinor;
    final long[] fixedCostMinor;
    final double[] fixedHours;
    final double[] creationShare;

    SimStream(int seedSlot, int months, UnitsModel units, Distribution creationHours, boolean membership,
              double churnRate, double initialActive, double hoursPerUnit, double refundRate) {
        this.seedSlot = seedSlot;
        this.units = units;
        this.creationHours = creationHours;
        this.membership = membership;
        this.churnRate = churnRate;
        this.initialActive = initialActive;
        this.hoursPerUnit = hoursPerUnit;
        this.refundRate = refundRate;
        this.live = new boolean[months + 1];
        this.meanFactor = new double[months + 1];
        this.netPerUnitMinor = new long[months + 1];
        this.refundPerUnitMinor = new long[months + 1];
        this.fixedCostMinor = new long[months + 1];
        this.fixedHours = new double[months + 1];
        this.creationShare = new double[months + 1];
    }

    /** Sets the month-dependent figures for months [from, to]. */
    void fill(int from, int to, double factor, long netPerUnit, long refundPerUnit, long fixedCost, double hours) {
        for (int m = Math.max(1, from); m <= Math.min(to, live.length - 1); m++) {
            live[m] = true;
            meanFactor[m] = factor;
            netPerUnitMinor[m] = netPerUnit;
            refundPerUnitMinor[m] = refundPerUnit;
            fixedCostMinor[m] = fixedCost;
            fixedHours[m] = hours;
        }
    }

    /** Stops the stream from {@code month} on: no units, hours or costs. */
    void retireFrom(int month) {
        for (int m = Math.max(1, month); m < live.length; m++) {
            live[m] = false;
            meanFactor[m] = 0;
            fixedCostMinor[m] = 0;
            fixedHours[m] = 0;
            creationShare[m] = 0;
        }
    }

    boolean isLive(int month) {
        return live[month];
    }

    @Override
    public String toString() {
        return "SimStream[slot=" + seedSlot + ", factors=" + Arrays.toString(meanFactor) + "]";
    }
}
