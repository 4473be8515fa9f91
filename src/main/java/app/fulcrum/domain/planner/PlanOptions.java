package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;

/** How many runs, over how many months; the seed is echoed in the result so a plan can be repeated. */
public record PlanOptions(int runs, int months, long seed) {
    public static final int DEFAULT_RUNS = 10_000;
    public static final int DEFAULT_MONTHS = 36;
    public static final int MAX_RUNS = 1_000_000;
    public static final int MAX_MONTHS = 240;

    public PlanOptions {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new FulcrumException("runs must be between 1 and " + MAX_RUNS + ": got " + runs);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new FulcrumException("months must be between 1 and " + MAX_MONTHS + ": got " + months);
        }
    }
}
