package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.time.Instant;

/**
 * A sale, a refund or an expense from a payment platform, a bank or a course platform.
 * Amounts are positive. {@code baseGross}/{@code baseFee} are set when the source states the
 * settled amount in another currency (Stripe's converted columns); null means "convert with the
 * workspace's exchange rate". {@code product} names the stream when the mapping does not.
 */
public record ImportedMoney(int line, String externalId, Kind kind, String product, String customer, Instant at,
                            Money gross, Money fee, Money baseGross, Money baseFee, String refundOfExternalId,
                            boolean recurring, String channel, String description, ExpenseCategory category)
        implements ImportedRow {

    public enum Kind { SALE, REFUND, EXPENSE }
}
