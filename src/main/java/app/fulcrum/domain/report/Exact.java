package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Exact conversions shared by the report's calculations: seconds to hours, minor units to decimals and
 * division that never divides by zero. Values keep {@link #SCALE} decimals; renderers round for display.
 */
public final class Exact {
    /** Decimals kept for hours, rates and ratios inside the report (display rounds to 2). */
    public static final int SCALE = 4;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Exact() {
    }

    public static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_EVEN);
    }

    /** Money per owner hour: {@code amount / (seconds / 3600)}; the caller checks seconds &gt; 0. */
    public static BigDecimal perHour(Money amount, long seconds) {
        return amount.toDecimal().multiply(SECONDS_PER_HOUR).divide(BigDecimal.valueOf(seconds), SCALE,
                RoundingMode.HALF_EVEN);
    }

    /** {@code a / b} at {@link #SCALE} decimals; the caller checks b is not zero. */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.divide(b, SCALE, RoundingMode.HALF_EVEN);
    }

    public static Money money(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    /** Helper cost accumulated as seconds × hourly rate in minor units, rounded once to whole minor units. */
    public static long costMinor(long secondsTimesRateMinor) {
        return BigDecimal.valueOf(secondsTimesRateMinor).divide(SECONDS_PER_HOUR, 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** "2.50", "1,641.00": hours, ratios and counts in a sentence, grouped as the tables group them. */
    public static String shown(BigDecimal value) {
        return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
    }

    /**
     * "30,870.84 USD": money in a sentence (a label's reason, a check's detail, advice), grouped as the tables
     * show it and with its currency, since a sentence has no column heading to name it.
     */
    public static String shown(Money money) {
        return grouped(money.toDecimal(), money.currency()) + " " + money.currency().getCurrencyCode();
    }

    /** "153.48 USD an hour": an hourly rate in a sentence, rounded half-even to the currency's minor unit. */
    public static String shownPerHour(BigDecimal rate, Currency currency) {
        return grouped(rate, currency) + " " + currency.getCurrencyCode() + " an hour";
    }

    private static String grouped(BigDecimal value, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return String.format(Locale.ROOT, "%,." + digits + "f", value.setScale(digits, RoundingMode.HALF_EVEN));
    }
}
