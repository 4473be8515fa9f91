package app.fulcrum.domain.planner;

import java.util.Objects;

/**
 * Monthly units of a stream (sales, or new members for a membership): a mean drawn once per run
 * (a point, or a min / likely / max estimate when demand itself is uncertain) and, when
 * {@code poisson}, a Poisson count around that mean each month. Without Poisson noise the mean is
 * used as is (fractional units allowed), which is how the analytic checks collapse the model.
 */
public record UnitsModel(Distribution meanPerMonth, boolean poisson) {
    public UnitsModel {
        Objects.requireNonNull(meanPerMonth, "meanPerMonth");
    }

    public static UnitsModel poisson(double mean) {
        return new UnitsModel(Distribution.point(mean), true);
    }

    public static UnitsModel exactly(double mean) {
        return new UnitsModel(Distribution.point(mean), false);
    }
}
