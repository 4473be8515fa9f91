package app.fulcrum.domain.planner;

/**
 * Nearest-rank percentiles: P(q) is the smallest value with at least q of the samples at or below it,
 * i.e. the value of rank ceil(q × n) in sorted order. For 1..100 that gives P10 = 10, P50 = 50, P90 = 90 —
 * no interpolation, so every reported figure is one that some run produced.
 *
 * <p>{@link #bands} finds the three ranks by quickselect (P50 first, then P10 left of it and P90 right
 * of it), O(n) instead of a full sort: the plan takes 216 such triples for 36 months.
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

    /** P10, P50 and P90 of the first {@code n} values, reordering them in place. */
    static long[] bands(long[] values, int n) {
        int r10 = rank(n, 0.1);
        int r50 = rank(n, 0.5);
        int r90 = rank(n, 0.9);
        select(values, 0, n - 1, r50);
        select(values, 0, r50, r10);
        select(values, r50, n - 1, r90);
        return new long[]{values[r10], values[r50], values[r90]};
    }

    /** Moves the value of rank {@code k} to index k, smaller ones left, larger ones right (Hoare). */
    static void select(long[] a, int left, int right, int k) {
        while (right > left) {
            int mid = (left + right) >>> 1;
            long pivot = median(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
