package app.fulcrum.domain.planner;

import java.util.random.RandomGenerator;

/**
 * Integer-valued random draws the simulation needs: Poisson counts (sales in a month) and binomial
 * thinning (members who churn, sales refunded).
 *
 * <p>Poisson: for a mean below 10, inversion by sequential search (exact; cost grows with the mean);
 * from 10 up, Hörmann's PTRS transformed rejection (W. Hörmann, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993), exact and of
 * constant cost. Binomial: inversion while n·p &lt; 30, else the normal approximation with continuity
 * correction, clamped to [0, n] — an approximation whose error is far below the planner's other
 * uncertainties at those sizes.
 */
final class Draws {
    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private Draws() {
    }

    static double poisson(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return mean < 10 ? poissonByInversion(rng, mean) : poissonPtrs(rng, mean);
    }

    private static double poissonByInversion(RandomGenerator rng, double mean) {
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = rng.nextDouble();
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private static double poissonPtrs(RandomGenerator rng, double mean) {
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** log(k!), from a table below 256 and Stirling's series above (error below 1e-10 there). */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    /** How many of {@code n} (a whole number) independent trials of probability {@code p} succeed. */
    static double binomial(RandomGenerator rng, double n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        double expected = n * p;
        if (expected >= 30) {
            double sd = Math.sqrt(expected * (1 - p));
            double draw = Math.floor(expected + sd * rng.nextGaussian() + 0.5);
            return Math.max(0, Math.min(n, draw));
        }
        double ratio = p / (1 - p);
        double f = Math.pow(1 - p, n);
        double cumulative = f;
        double u = rng.nextDouble();
        int k = 0;
        while (u > cumulative && k < n) {
            f *= (n - k) / (k + 1.0) * ratio;
            k++;
            cumulative += f;
        }
        return k;
    }
}
