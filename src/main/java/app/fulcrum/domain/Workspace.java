package app.fulcrum.domain;

import java.time.ZoneId;
import java.util.Currency;

/** One business: its base currency (all reports are in it) and the time zone its periods are bucketed in. */
public record Workspace(long id, String name, Currency currency, ZoneId zone) {
}
