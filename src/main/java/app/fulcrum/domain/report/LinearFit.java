package app.fulcrum.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Ordinary least squares of y = a + b × x, the model behind "fixed vs per-sale time": owner hours per month
 * = fixed hours + hours per unit × units.
 *
 * <p>Design note. The fit needs {@link #MIN_POINTS} points (SPEC: null under 3 months) and some spread in x
 * (when every month sold the same, the hours per unit cannot be told apart from the fixed hours). Doubles
 * are used only inside the fit (hours and unit counts, never money); results return as BigDecimal with
 * {@link Exact#SCALE} decimals. r² = Sxy²/(Sxx·Syy), which equals 1 − SSres/SStot for the fitted
 * line; when y never varies it is undefined.
 */
public final class LinearFit {
    public static final int MIN_POINTS = 3;

    private LinearFit() {
    }

    /** The fitted line, or why there is none; {@code xs} and {@code ys} are paired by index. */
    public static Measure<Line> of(List<BigDecimal> xs, List<BigDecimal> ys) {
        int n = xs.size();
        if (n != ys.size()) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (n < MIN_POINTS) {
            return Measure.missing("the fit needs at least " + MIN_POINTS + " months of data, found " + n);
        }
        double mx = mean(xs);
        double my = mean(ys);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs.get(i).doubleValue() - mx;
            double dy = ys.get(i).doubleValue() - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            return Measure.missing("units were the same in all " + n + " months, so time per unit cannot be separated from fixed time");
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        Measure<BigDecimal> r2 = syy == 0
                ? Measure.missing("owner hours were the same in all " + n + " months, so r² is undefined")
                : Measure.of(decimal(Math.max(0, Math.min(1, (sxy * sxy) / (sxx * syy)))));
        return Measure.of(new Line(decimal(a), decimal(b), r2, n));
    }

    private static double mean(List<BigDecimal> values) {
        double sum = 0;
        for (BigDecimal v : values) {
            sum += v.doubleValue();
        }
        return sum / values.size();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(Exact.SCALE, RoundingMode.HALF_EVEN);
    }

    /** y = intercept + slope × x over {@code points} points; r² may be undefined with a reason. */
    public record Line(BigDecimal intercept, BigDecimal slope, Measure<BigDecimal> r2, int points) {
    }
}
