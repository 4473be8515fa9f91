package app.fulcrum.domain.ladder;

import java.util.Locale;

/** The outcome of one readiness check; {@code UNKNOWN} means the data to decide is missing. */
public enum CheckStatus {
    PASS, FAIL, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CheckStatus atLeast(java.math.BigDecimal measured, java.math.BigDecimal threshold) {
        return measured.compareTo(threshold) >= 0 ? PASS : FAIL;
    }
}
