package app.fulcrum.domain.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * A figure that is either known ({@code value}) or undefined with a reason in words (never infinity, never
 * a silent zero). Renderers write {@code value} or {@code null} plus a {@code *_reason} field.
 */
public record Measure<T>(T value, String reason) {

    public Measure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a measure has either a value or a reason, not both or neither");
        }
    }

    public static <T> Measure<T> of(T value) {
        return new Measure<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Measure<T> missing(String reason) {
        return new Measure<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isKnown() {
        return value != null;
    }

    /** Applies {@code f} to a known value; a missing measure keeps its reason. */
    public <R> Measure<R> map(Function<T, R> f) {
        return isKnown() ? Measure.of(f.apply(value)) : Measure.missing(reason);
    }

    public T orElse(T other) {
        return isKnown() ? value : other;
    }
}
