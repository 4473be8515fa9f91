package app.fulcrum.importer;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * How to read values the file leaves open: the time zone of local times (the workspace's unless
 * {@code --timezone}), the number locale (decimal comma) and the base currency.
 */
public record ParseOptions(ZoneId zone, Locale locale, Currency baseCurrency) {
}
