package app.fulcrum.cli.render;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How figures look when shown: rounded half-even once, here. Hours, money rates and hours per unit keep 2
 * decimals; ratios (leverage, r², churn, utilization) keep 4 in data formats and 2 in tables. Undefined
 * values show as an empty string (CSV) or a dash (tables).
 */
final class Shown {
    static final String DASH = "—";

    private Shown() {
    }

    static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal four(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** "1234.50": JSON and CSV. */
    static String plain(Money money) {
        return money == null ? null : money.toPlainString();
    }

    /** "1,234.50": tables. */
    static String grouped(Money money) {
        return String.format(Locale.ROOT, "%,.2f", money.toDecimal());
    }

    /** Table text of a decimal with 2 places and thousands separators, or a dash. */
    static String grouped(BigDecimal value) {
        return value == null ? DASH : String.format(Locale.ROOT, "%,.2f", two(value));
    }

    static String grouped(Measure<BigDecimal> measure) {
        return grouped(measure == null ? null : measure.value());
    }

    /** A share of runs or months (0–1) with one decimal, "78.8%", so that 99.6% does not read as 100%. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String percent(Measure<BigDecimal> measure) {
        return measure == null || measure.value() == null ? DASH
                : measure.value().movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
