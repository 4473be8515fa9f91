package app.fulcrum.importer;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a decimal written by a person or a spreadsheet: "1,234.56", "1.234,56", "-5.71", "(12.00)",
 * "1 234,56", "$49.00". Never goes through double.
 *
 * <p>Design note. With {@code decimalSeparator} null the separator is inferred per value: when both
 * '.' and ',' occur, the last one is the decimal separator; a separator occurring twice groups
 * thousands; a single separator followed by exactly three digits is ambiguous ("1,234") and is
 * settled by the locale (its decimal separator; English when no locale), because money exports write
 * cents, so "1,25" and "1.25" are never ambiguous. Groups after the first must have three digits.
 */
final class DecimalText {
    private static final int MAX_DIGITS = 18;

    private DecimalText() {
    }

    /** The value, or empty when {@code text} is not a number under these rules. */
    static Optional<BigDecimal> parse(String text, Character decimalSeparator, Locale locale) {
        String s = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        s = stripCurrencySymbols(s);
        if (s.startsWith("-") || s.startsWith("+")) {
            negative ^= s.startsWith("-");
            s = stripCurrencySymbols(s.substring(1));
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > MAX_DIGITS + 10 || !s.chars().allMatch(c -> c == '.' || c == ',' || (c >= '0' && c <= '9'))) {
            return Optional.empty();
        }
        char decimal = decimalSeparator != null ? decimalSeparator : inferDecimal(s, locale);
        Optional<String> plain = ungroup(s, decimal);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain.get());
        return Optional.of(negative ? value.negate() : value);
    }

    private static String stripCurrencySymbols(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.getType(s.charAt(start)) == Character.CURRENCY_SYMBOL) {
            start++;
        }
        while (end > start && Character.getType(s.charAt(end - 1)) == Character.CURRENCY_SYMBOL) {
            end--;
        }
        return s.substring(start, end);
    }

    private static char inferDecimal(String s, Locale locale) {
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return dot > comma ? '.' : ',';
        }
        int at = Math.max(dot, comma);
        if (at < 0) {
            return '.';
        }
        char sep = s.charAt(at);
        if (s.indexOf(sep) != at) {
            return sep == '.' ? ',' : '.'; // occurs twice: it groups thousands
        }
        if (s.length() - at - 1 == 3) {
            char localeDecimal = locale == null ? '.' : DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            return localeDecimal == ',' ? ',' : '.';
        }
        return sep;
    }

    /** Removes grouping separators (checking groups of three) and makes the decimal separator '.'. */
    private static Optional<String> ungroup(String s, char decimal) {
        int decimalAt = s.lastIndexOf(decimal);
        String whole = decimalAt >= 0 ? s.substring(0, decimalAt) : s;
        String fraction = decimalAt >= 0 ? s.substring(decimalAt + 1) : "";
        if (whole.indexOf(decimal) >= 0 || fraction.indexOf('.') >= 0 || fraction.indexOf(',') >= 0
                || (decimalAt >= 0 && fraction.isEmpty())) {
            return Optional.empty();
        }
        String[] groups = whole.split("[.,]", -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return Optional.empty();
            }
        }
        if (groups[0].isEmpty() && (groups.length > 1 || fraction.isEmpty())) {
            return Optional.empty();
        }
        String digits = String.join("", groups);
        if (digits.length() + fraction.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
    }
}
