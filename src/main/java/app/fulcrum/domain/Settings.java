package app.fulcrum.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workspace's editable settings as key → text (e.g. {@code baseline_rate}, ladder thresholds such as
 * {@code ladder.group.utilization}). Typed readers parse once; callers supply the default so the
 * report can say when a value differs from it.
 */
public record Settings(Map<String, String> values) {
    public static final String BASELINE_RATE = "baseline_rate";

    public Settings {
        values = Map.copyOf(values);
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public BigDecimal decimal(String key, BigDecimal defaultValue) {
        return find(key).map(v -> {
            try {
                return new BigDecimal(v.trim());
            } catch (NumberFormatException e) {
                throw new FulcrumException("setting " + key + " = '" + v + "' is not a number");
            }
        }).orElse(defaultValue);
    }

    public Settings with(String key, String value) {
        var copy = new TreeMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Settings(copy);
    }
}
