package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;

import java.util.random.RandomGenerator;

/**
 * An uncertain quantity drawn once per simulated run: a fixed point, or a triangular distribution
 * given as min / likely / max (the usual three-point estimate for effort and demand).
 */
public sealed interface Distribution {

    double sample(RandomGenerator rng);

    double mean();

    double variance();

    static Distribution point(double value) {
        return new Point(value);
    }

    record Point(double value) implements Distribution {
        public Point {
            if (!Double.isFinite(value) || value < 0) {
                throw new FulcrumException("a planned quantity must be a number ≥ 0: got " + value);
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double variance() {
            return 0;
        }
    }

    /** Triangular on [min, max] with mode {@code likely}; sampled by inverting its distribution function. */
    record Triangular(double min, double likely, double max) implements Distribution {
        public Triangular {
            if (!(min >= 0 && min <= likely && likely <= max) || !Double.isFinite(max)) {
                throw new FulcrumException("a min / likely / max estimate needs 0 ≤ min ≤ likely ≤ max: got "
                        + min + " / " + likely + " / " + max);
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            double width = max - min;
            if (width == 0) {
                return min;
            }
            double u = rng.nextDouble();
            double split = (likely - min) / width;
            return u < split
                    ? min + Math.sqrt(u * width * (likely - min))
                    : max - Math.sqrt((1 - u) * width * (max - likely));
        }

        @Override
        public double mean() {
            return (min + likely + max) / 3;
        }

        @Override
        public double variance() {
            return (min * min + likely * likely + max * max - min * likely - min * max - likely * max) / 18;
        }
    }
}
