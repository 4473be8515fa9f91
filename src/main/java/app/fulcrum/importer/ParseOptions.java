package app.fulcrum.importer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * How to read values the file leaves open: the time zone of local times (the workspace's unless
 * {@code --timezone}), the number and date locale ({@code --locale}: decimal comma, day-month order),
 * the base currency, and {@code expandUntil}: recurring calendar events are expanded up to this
 * instant (the import's "now"; null = up to the calendar's own export stamp), later occurrences are
 * plans, not work done.
 */
public record ParseOptions(ZoneId zone, Locale locale, Currency baseCurrency, Instant expandUntil) {
    public ParseOptions {
        zone = zone == null ? ZoneId.of("UTC") : zone;
        locale = locale == null ? Locale.ROOT : locale;
    }

    public ParseOptions(ZoneId zone, Locale locale, Currency baseCurrency) {
        this(zone, locale, baseCurrency, null);
    }
}
