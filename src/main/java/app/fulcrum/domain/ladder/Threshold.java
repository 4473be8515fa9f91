package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Settings;

import java.math.BigDecimal;
import java.util.Objects;

/** One configurable ladder threshold: its settings key, the value in force and SPEC's default. */
public record Threshold(String key, BigDecimal value, BigDecimal defaultValue) {
    public Threshold {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    static Threshold read(Settings settings, String key, String defaultValue) {
        BigDecimal def = new BigDecimal(defaultValue);
        return new Threshold(key, settings.decimal(key, def), def);
    }

    public boolean differsFromDefault() {
        return value.compareTo(defaultValue) != 0;
    }

    public int intValue() {
        return value.intValue();
    }
}
