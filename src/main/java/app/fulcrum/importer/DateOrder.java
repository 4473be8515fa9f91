package app.fulcrum.importer;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a slash date such as 03/04/2024 is month-first (US) or day-first. Exports follow the
 * exporting user's settings, so the order is sniffed from the file: a first number above 12 settles
 * day-first, a second above 12 settles month-first (a date with both above 12 is no evidence, it is
 * just wrong); when the file never says, the locale's short date
 * pattern decides (en-US: month-first; de, fr, en-GB: day-first); with no locale, month-first (the
 * exporters' US default).
 */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST;

    private static final Pattern SLASH_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

    public static DateOrder sniff(String text, Locale locale) {
        Matcher m = SLASH_DATE.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second <= 12) {
                return DAY_FIRST;
            }
            if (second > 12 && first <= 12) {
                return MONTH_FIRST;
            }
        }
        return ofLocale(locale);
    }

    static DateOrder ofLocale(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return MONTH_FIRST;
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.SHORT, locale);
        if (format instanceof SimpleDateFormat simple) {
            String pattern = simple.toPattern();
            int d = pattern.indexOf('d');
            int mo = pattern.indexOf('M');
            if (d >= 0 && mo >= 0 && d < mo) {
                return DAY_FIRST;
            }
        }
        return MONTH_FIRST;
    }
}
