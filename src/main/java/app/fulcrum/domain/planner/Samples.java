package app.fulcrum.domain.planner;

/**
 * Every run's monthly figures for both arms, stored month-major ({@code [month][run]}) so each month's
 * percentiles read one array. Hours are floats (7 significant digits are plenty for hours) to keep
 * 100,000 runs × 36 months within a 256 MB heap: 2 arms × (8 + 4) bytes × 3.6 million ≈ 86 MB.
 * Workers write disjoint run ranges, so no locking is needed.
 */
final class Samples {
    final int runs;
    final int months;
    final long[][] netScenario;
    final long[][] netStatusQuo;
    final float[][] hoursScenario;
    final float[][] hoursStatusQuo;
    final long[] totalScenario;
    final long[] totalStatusQuo;
    final double[] totalHoursScenario;
    final double[] totalHoursStatusQuo;
    final int[] paybackMonth;

    Samples(int runs, int months) {
        this.runs = runs;
        this.months = months;
        netScenario = new long[months][runs];
        netStatusQuo = new long[months][runs];
        hoursScenario = new float[months][runs];
        hoursStatusQuo = new float[months][runs];
        totalScenario = new long[runs];
        totalStatusQuo = new long[runs];
        totalHoursScenario = new double[runs];
        totalHoursStatusQuo = new double[runs];
        paybackMonth = new int[runs];
    }

    /** Copies run {@code r}'s months and derives its totals and payback month (months + 1 = none). */
    void record(int r, ArmRunner scenario, ArmRunner statusQuo, long hourValueMinor) {
        long cumulative = 0;
        int payback = months + 1;
        for (int m = 1; m <= months; m++) {
            netScenario[m - 1][r] = scenario.net[m];
            netStatusQuo[m - 1][r] = statusQuo.net[m];
            hoursScenario[m - 1][r] = (float) scenario.hours[m];
            hoursStatusQuo[m - 1][r] = (float) statusQuo.hours[m];
            totalScenario[r] += scenario.net[m];
            totalStatusQuo[r] += statusQuo.net[m];
            totalHoursScenario[r] += scenario.hours[m];
            totalHoursStatusQuo[r] += statusQuo.hours[m];
            cumulative += scenario.net[m] - Math.round(scenario.hours[m] * hourValueMinor)
                    - statusQuo.net[m] + Math.round(statusQuo.hours[m] * hourValueMinor);
            if (cumulative >= 0 && payback > months) {
                payback = m;
            }
        }
        paybackMonth[r] = payback;
    }

    boolean beatsOnIncome(int r) {
        return totalScenario[r] > totalStatusQuo[r];
    }

    /** Income per owner hour is compared only when both arms worked; otherwise the run does not count as a win. */
    boolean beatsOnIncomePerHour(int r) {
        double hs = totalHoursScenario[r];
        double hq = totalHoursStatusQuo[r];
        return hs > 0 && hq > 0 && totalScenario[r] / hs > totalStatusQuo[r] / hq;
    }
}
