package app.fulcrum.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One unit of {@code currency} is worth {@code rate} units of the base currency from {@code date} on. */
public record FxRate(LocalDate date, Currency currency, BigDecimal rate) {
    public FxRate {
        if (rate == null || rate.signum() <= 0) {
            throw new FulcrumException("an exchange rate must be positive, got " + rate);
        }
    }

    public Money convert(Money amount, Currency base) {
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException("rate is for " + currency + ", not " + amount.currency());
        }
        return Money.rounded(amount.toDecimal().multiply(rate), base);
    }
}
