package app.fulcrum.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a label judges (see {@link Labels}): the 90 days ending on a day ({@link Rule#TRAILING_90_DAYS}), or a
 * report bucket of 90 days or more itself ({@link Rule#BUCKET}).
 */
public record LabelWindow(LocalDate from, LocalDate to, Rule rule) {
    public LabelWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rule, "rule");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("label window ends " + to + " before it starts " + from);
        }
    }

    public enum Rule {
        TRAILING_90_DAYS, BUCKET;

        /** "trailing_90_days" or "bucket": the JSON name. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The 90 days ending on {@code end}: the label of a whole report period (the stream as it is at the end). */
    static LabelWindow trailing(LocalDate end) {
        return new LabelWindow(end.minusDays(Labels.DAYS - 1L), end, Rule.TRAILING_90_DAYS);
    }

    /** A bucket of 90 days or more (a quarter, a year) is judged over itself; a shorter one (a month) trails 90 days. */
    static LabelWindow of(Period bucket) {
        LabelWindow trailing = trailing(bucket.to());
        return bucket.from().isAfter(trailing.from()) ? trailing : new LabelWindow(bucket.from(), bucket.to(), Rule.BUCKET);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** "in the 90 days to 2026-11-21" or "from 2025-01-01 to 2025-12-31", for the label's reason. */
    String phrase() {
        return rule == Rule.TRAILING_90_DAYS ? "in the 90 days to " + to : "from " + from + " to " + to;
    }
}
