package app.fulcrum.domain.ladder;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One readiness check for reaching {@code rung}. {@code measured} is null when the status is unknown;
 * {@code detail} then says which data is missing and how to add it, otherwise it states the measurement
 * in words. {@code advisory} checks inform but do not decide readiness.
 */
public record Check(String id, int rung, CheckStatus status, BigDecimal measured, Threshold threshold, String unit,
                    String source, String why, String detail, boolean advisory) {
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(threshold, "threshold");
        if ((status == CheckStatus.UNKNOWN) != (measured == null)) {
            throw new IllegalArgumentException("check " + id + ": a measured value exactly when the status is known");
        }
    }

    static Check measured(String id, int rung, BigDecimal value, Threshold t, String unit, String source, String why,
                          String detail) {
        return new Check(id, rung, CheckStatus.atLeast(value, t.value()), value, t, unit, source, why, detail, false);
    }

    static Check unknown(String id, int rung, Threshold t, String unit, String source, String why, String missing) {
        return new Check(id, rung, CheckStatus.UNKNOWN, null, t, unit, source, why, missing, false);
    }

    Check asAdvice() {
        return new Check(id, rung, status, measured, threshold, unit, source, why, detail, true);
    }
}
