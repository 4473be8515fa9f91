package app.fulcrum.domain.ladder;

/** One advice line computed from the data; {@code kind} is {@code raise_rate} or {@code channel}. */
public record Advice(String kind, String text) {
}
