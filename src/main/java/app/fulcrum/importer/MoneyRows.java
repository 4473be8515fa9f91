package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

/**
 * Small factories for {@link ImportedMoney} rows, shared by the money formats, and the one rule for
 * base amounts: when an amount is already in the workspace's base currency it is its own base
 * amount; otherwise the base amount stays null and the import converts it with the day's rate.
 *
 * <p>Sign convention for fees on refunds: the fee of a refund row is what the platform charged for
 * the refund; negative when it gave (part of) the original fee back (PayPal). Net revenue =
 * gross − refunds − all fees then matches the money that really moved.
 */
final class MoneyRows {
    private MoneyRows() {
    }

    static ImportedMoney sale(int line, String id, String product, String customer, Instant at, Money gross,
                              Money fee, Currency base, boolean recurring, String channel, String description) {
        return new ImportedMoney(line, id, ImportedMoney.Kind.SALE, product, customer, at, gross, fee,
                inBase(gross, base), inBase(fee, base), null, recurring, channel, description, null);
    }

    static ImportedMoney refund(int line, String id, String refundOf, String product, String customer, Instant at,
                                Money gross, Money fee, Currency base, String description) {
        return new ImportedMoney(line, id, ImportedMoney.Kind.REFUND, product, customer, at, gross, fee,
                inBase(gross, base), inBase(fee, base), refundOf, false, null, description, null);
    }

    static ImportedMoney expense(int line, String id, ExpenseCategory category, String product, Instant at,
                                 Money amount, Currency base, String description) {
        Money zero = Money.zero(amount.currency());
        return new ImportedMoney(line, id, ImportedMoney.Kind.EXPENSE, product, null, at, amount, zero,
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
