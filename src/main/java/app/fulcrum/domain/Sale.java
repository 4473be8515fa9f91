package app.fulcrum.domain;

import java.time.Instant;

/**
 * A sale, or a refund ({@code refund} true: its own row, dated when the money went back, pointing at
 * the refunded sale by {@code refundOf} or at nothing). Amounts are positive in both cases.
 * {@code gross} and {@code fee} are in the currency the customer paid; {@code baseGross} and
 * {@code baseFee} are the same amounts in the workspace's base currency (converted once, when the row
 * is recorded, with the exchange rate of that day or the amount the platform settled).
 */
public record Sale(long id, long streamId, Instant at, String customer, Money gross, Money fee, Money baseGross,
                   Money baseFee, boolean refund, Long refundOf, boolean recurring, String channel,
                   Provenance provenance) {
    public Sale {
        if (at == null || gross == null || fee == null || baseGross == null || baseFee == null || provenance == null) {
            throw new IllegalArgumentException("at, amounts and provenance are required");
        }
        if (gross.isNegative() || baseGross.isNegative()) {
            throw new FulcrumException("a sale or refund amount must not be negative: got " + gross);
        }
    }

    public Sale withId(long newId) {
        return new Sale(newId, streamId, at, customer, gross, fee, baseGross, baseFee, refund, refundOf, recurring,
                channel, provenance);
    }
}
