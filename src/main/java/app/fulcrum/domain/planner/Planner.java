package app.fulcrum.domain.planner;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Seeded Monte Carlo simulation of a scenario against the status quo.
 *
 * <p>Model: each run draws every uncertain input once (creation hours, mean demand) and then simulates
 * month by month: Poisson sales around the (ramped, price-adjusted) mean, membership churn, refunds,
 * fixed and per-unit owner hours, and the owner's capacity limit (see {@link ArmModel}). The status quo
 * continues the starting point unchanged. Both arms of a run share each stream's random draws (common
 * random numbers), so "probability the scenario beats the status quo" measures the change, not noise.
 *
 * <p>Determinism: one 64-bit seed per run is taken from the given generator, in order, before any
 * work starts; each run's streams are seeded from it. Runs are then spread over all cores in chunks,
 * and every figure is independent of which thread ran which chunk. Money is integer minor units
 * throughout; unit counts and hours are doubles (see {@link ArmRunner} for where amounts are rounded).
 *
 * <p>Defaults: 10,000 runs and 36 months (SPEC.md "Planner").
 */
public final class Planner {
    private static final int CHUNK = 250;

    private Planner() {
    }

    /** Plans with a {@link SplittableRandom} seeded with {@code options.seed()}. */
    public static PlanResult plan(Scenario scenario, PlanOptions options) {
        return plan(scenario, options, new SplittableRandom(options.seed()));
    }

    public static PlanResult plan(Scenario scenario, PlanOptions options, RandomGenerator seedSource) {
        int runs = options.runs();
        int months = options.months();
        long[] runSeeds = new long[runs];
        for (int r = 0; r < runs; r++) {
            runSeeds[r] = seedSource.nextLong();
        }
        ArmModel statusQuo = ArmModel.statusQuo(scenario, months);
        ArmModel changed = ArmModel.scenario(scenario, months);
        int slots = ArmModel.seedSlots(scenario);
        Samples samples = new Samples(runs, months);
        long hourValue = scenario.hourValueMinor();
        int chunks = (runs + CHUNK - 1) / CHUNK;
        Tally tally = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> runChunk(c * CHUNK, Math.min(runs, (c + 1) * CHUNK), runSeeds, slots,
                        statusQuo, changed, samples, hourValue))
                .reduce(Tally::plus)
                .orElseThrow();
        return PlanSummary.of(scenario, options, samples, tally);
    }

    private static Tally runChunk(int from, int to, long[] runSeeds, int slots, ArmModel statusQuo,
                                  ArmModel changed, Samples samples, long hourValue) {
        int months = samples.months;
        ArmRunner quo = new ArmRunner(statusQuo, months);
        ArmRunner scen = new ArmRunner(changed, months);
        long[] slotSeeds = new long[slots];
        Tally tally = new Tally(months);
        for (int r = from; r < to; r++) {
            SplittableRandom run = new SplittableRandom(runSeeds[r]);
            for (int s = 0; s < slots; s++) {
                slotSeeds[s] = run.nextLong();
            }
            quo.run(slotSeeds);
            scen.run(slotSeeds);
            samples.record(r, scen, quo, hourValue);
            tally.count(r, samples, scen, quo);
        }
        return tally;
    }

    /** Counts that add up across chunks: capacity binding per month, and wins over the status quo. */
    static final class Tally {
        final long[] boundScenario;
        final long[] boundStatusQuo;
        long beatsIncome;
        long beatsIncomePerHour;

        Tally(int months) {
            boundScenario = new long[months + 1];
            boundStatusQuo = new long[months + 1];
        }

        void count(int r, Samples samples, ArmRunner scen, ArmRunner quo) {
            for (int m = 1; m < boundScenario.length; m++) {
                boundScenario[m] += scen.bound[m] ? 1 : 0;
                boundStatusQuo[m] += quo.bound[m] ? 1 : 0;
            }
            beatsIncome += samples.beatsOnIncome(r) ? 1 : 0;
            beatsIncomePerHour += samples.beatsOnIncomePerHour(r) ? 1 : 0;
        }

        Tally plus(Tally other) {
            for (int m = 0; m < boundScenario.length; m++) {
                boundScenario[m] += other.boundScenario[m];
                boundStatusQuo[m] += other.boundStatusQuo[m];
            }
            beatsIncome += other.beatsIncome;
            beatsIncomePerHour += other.beatsIncomePerHour;
            return this;
        }
    }
}
