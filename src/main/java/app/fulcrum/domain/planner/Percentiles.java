package app.fulcrum.domain.planner;

/**
 * Nearest-rank percentiles of sorted samples: P(q) is the smallest value with at least q of the
 * samples at or below it, i.e. sorted[ceil(q × n) − 1]. For 1..100 that gives P10 = 10, P50 = 50,
 * P90 = 90 — no interpolation, so every reported figure is one that some run produced.
 */
final class Percentiles {
    private Percentiles() {
    }

    static int rank(int n, double q) {
        if (n <= 0) {
            throw new IllegalArgumentException("no samples");
        }
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n - 1e-9) - 1));
    }

    static long of(long[] sorted, int n, double q) {
        return sorted[rank(n, q)];
    }

    static double of(double[] sorted, int n, double q) {
        return sorted[rank(n, q)];
    }
}
