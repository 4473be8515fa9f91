package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

/**
 * A sale, a refund or an expense from a payment platform, a bank or a course platform.
 * Amounts are positive. {@code baseGross}/{@code baseFee} are set when the source states the
 * settled amount in another currency (Stripe's converted columns); null means "convert with the
 * workspace's exchange rate". {@code product} names the stream when the mapping does not.
 *
 * <p>The factories hold the one rule for base amounts: an amount already in the workspace's base
 * currency is its own base amount; otherwise it stays null and the import converts it with the day's
 * rate. Sign convention for fees on refunds: the fee of a refund row is what the platform charged for
 * the refund; negative when it gave (part of) the original fee back (PayPal). Net revenue =
 * gross − refunds − all fees then matches the money that really moved.
 */
public record ImportedMoney(int line, String externalId, Kind kind, String product, String customer, Instant at,
                            Money gross, Money fee, Money baseGross, Money baseFee, String refundOfExternalId,
                            boolean recurring, String channel, String description, ExpenseCategory category)
        implements ImportedRow {

    public enum Kind { SALE, REFUND, EXPENSE }

    static ImportedMoney sale(int line, String id, String product, String customer, Instant at, Money gross,
                              Money fee, Currency base, boolean recurring, String channel, String description) {
        return new ImportedMoney(line, id, Kind.SALE, product, customer, at, gross, fee,
                inBase(gross, base), inBase(fee, base), null, recurring, channel, description, null);
    }

    static ImportedMoney refund(int line, String id, String refundOf, String product, String customer, Instant at,
                                Money gross, Money fee, Currency base, String description) {
        return new ImportedMoney(line, id, Kind.REFUND, product, customer, at, gross, fee,
                inBase(gross, base), inBase(fee, base), refundOf, false, null, description, null);
    }

    static ImportedMoney expense(int line, String id, ExpenseCategory category, String product, Instant at,
                                 Money amount, Currency base, String description) {
        Money zero = Money.zero(amount.currency());
        return new ImportedMoney(line, id, Kind.EXPENSE, product, null, at, amount, zero,
                inBase(amount, base), inBase(zero, base), null, false, null, description, category);
    }

    static Money inBase(Money amount, Currency base) {
        return base != null && amount.currency().equals(base) ? amount : null;
    }

    /** {@code amount × numerator / denominator}, rounded half-even to the target currency's minor unit. */
    static Money scaled(Money amount, BigDecimal numerator, BigDecimal denominator, Currency target) {
        if (denominator.signum() == 0) {
            return Money.zero(target);
        }
        BigDecimal value = amount.toDecimal().multiply(numerator).divide(denominator, 12, RoundingMode.HALF_EVEN);
        return Money.rounded(value, target);
    }
}
