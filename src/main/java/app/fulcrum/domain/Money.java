package app.fulcrum.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, held in integer minor units (cents). Mixing currencies throws.
 * Conversions and multiplications round half-even once, to the currency's minor unit.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money ofMinor(long minor, String currencyCode) {
        return new Money(minor, currency(currencyCode));
    }

    /** Parses "197.00", "-5.71" or "1234" in the given currency; more decimals than the currency has is an error. */
    public static Money parse(String decimal, Currency currency) {
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new FulcrumException("'" + decimal + "' is not an amount: expected a number such as 197.00");
        }
        return of(value, currency);
    }

    public static Money of(BigDecimal value, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        try {
            return new Money(value.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new FulcrumException("'" + value.toPlainString() + "' has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + digits + ")");
        }
    }

    /** Rounds half-even to the currency's minor unit: for converted or multiplied amounts. */
    public static Money rounded(BigDecimal value, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return new Money(value.setScale(digits, RoundingMode.HALF_EVEN).unscaledValue().longValueExact(), currency);
    }

    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FulcrumException("'" + code + "' is not an ISO 4217 currency code such as USD or EUR");
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits()));
    }

    /** "1234.50": the JSON and CSV form. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money negate() {
        return new Money(-minor, currency);
    }

    public Money times(BigDecimal factor) {
        return rounded(toDecimal().multiply(factor), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new FulcrumException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + " without an exchange rate");
        }
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }
}
