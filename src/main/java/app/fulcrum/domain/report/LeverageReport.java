package app.fulcrum.domain.report;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The leverage report: a value, rendered at the edge as a table, JSON or CSV. {@code baseline} is the
 * baseline at the period's end; each bucket carries its own (at the bucket's end) inside its rates.
 * {@code business} and {@code businessBuckets} cover every stream even when {@code streams} is filtered.
 * {@code warnings} are sentences a person should read before trusting the numbers.
 */
public record LeverageReport(String workspace, Currency currency, Period period, Granularity by, LocalDate today,
                             Baseline baseline, List<StreamReport> streams, BusinessFigures business,
                             List<BusinessFigures> businessBuckets, List<String> warnings) {
    public LeverageReport {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        streams = List.copyOf(streams);
        businessBuckets = List.copyOf(businessBuckets);
        warnings = List.copyOf(warnings);
    }
}
