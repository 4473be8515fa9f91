package app.fulcrum.plan;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.Distribution;
import app.fulcrum.domain.planner.UnitsModel;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.function.Supplier;

/** Reads one scenario field at a time and names the file and field in every error. */
final class Fields {
    private static final Set<String> ESTIMATE_KEYS = Set.of("min", "likely", "max");
    private final String fileName;
    private final Currency currency;

    Fields(String fileName, Currency currency) {
        this.fileName = fileName;
        this.currency = currency;
    }

    FulcrumException error(String field, String message) {
        return new FulcrumException(fileName + ": " + field + ": " + message);
    }

    /** Runs a domain constructor and prefixes its one-sentence error with the file and field. */
    <T> T guard(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (FulcrumException e) {
            if (e.getMessage().startsWith(fileName + ":")) {
                throw e;
            }
            throw error(field, e.getMessage());
        }
    }

    String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw error(field, "missing: expected a text");
        }
        return value.trim();
    }

    Money money(String field, BigDecimal value) {
        if (value == null) {
            throw error(field, "missing: expected an amount such as 150.00");
        }
        return guard(field, () -> Money.of(value, currency));
    }

    Money moneyOrZero(String field, BigDecimal value) {
        return value == null ? Money.zero(currency) : money(field, value);
    }

    Money optionalMoney(String field, BigDecimal value) {
        return value == null ? null : money(field, value);
    }

    double hours(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw error(field, "hours cannot be negative, got " + value.toPlainString());
        }
        return value == null ? 0 : value.doubleValue();
    }

    double share(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw error(field, "expected a share between 0 and 1 (0.05 = 5%), got " + value.toPlainString());
        }
        return value == null ? 0 : value.doubleValue();
    }

    int month(String field, Integer value, int whenMissing) {
        if (value != null && value < 0) {
            throw error(field, "expected a month number ≥ 0, got " + value);
        }
        return value == null ? whenMissing : value;
    }

    /** A number (a point) or {min, likely, max} (a triangular estimate). */
    Distribution estimate(String field, JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw error(field, "missing: expected a number or {min, likely, max}");
            }
            return Distribution.point(0);
        }
        if (node.isNumber()) {
            return guard(field, () -> Distribution.point(node.doubleValue()));
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                if (!ESTIMATE_KEYS.contains(k)) {
                    throw error(field, "unknown key '" + k + "', expected min, likely and max");
                }
            });
            for (String key : ESTIMATE_KEYS) {
                if (!node.path(key).isNumber()) {
                    throw error(field + "." + key, "expected a number");
                }
            }
            return guard(field, () -> new Distribution.Triangular(node.get("min").doubleValue(),
                    node.get("likely").doubleValue(), node.get("max").doubleValue()));
        }
        throw error(field, "expected a number or {min, likely, max}, got " + node.getNodeType().name().toLowerCase());
    }

    /** Monthly units: an estimate of the mean, and Poisson noise around it unless {@code noise: none}. */
    UnitsModel units(String field, JsonNode node, String noise) {
        Distribution mean = estimate(field, node, true);
        String n = noise == null ? "poisson" : ScenarioSource.lower(noise.trim());
        if (!n.equals("poisson") && !n.equals("none")) {
            throw error(field.substring(0, field.lastIndexOf('.') + 1) + "noise", "expected poisson or none, got '" + noise + "'");
        }
        return new UnitsModel(mean, n.equals("poisson"));
    }
}
