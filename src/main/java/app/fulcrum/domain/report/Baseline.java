package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.report.DayLedger.Field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * The baseline hourly rate a stream's rate is compared with (SPEC): the workspace setting {@code baseline_rate}
 * when set, else the effective hourly rate of the rung-1 streams (one-on-one, retainer) over the 12 months
 * ending on the given day: their total contribution / their total owner hours (every activity, creation
 * included, as in every effective hourly rate), in {@code currency} per hour. {@code basis} says which.
 *
 * <p>This is the one baseline computation: the report ({@link LeverageReports}), the ladder and the
 * planner's starting point all call it, so {@code fulcrum report}, {@code ladder} and {@code plan} agree.
 */
public record Baseline(Measure<BigDecimal> rate, String basis, Currency currency) {
    public Baseline {
        java.util.Objects.requireNonNull(rate, "rate");
        java.util.Objects.requireNonNull(currency, "currency");
    }


    /** The baseline as of {@code end} (the 12 months to it), from the workspace's facts. */
    public static Baseline of(ReportFacts facts, LocalDate end) {
        FactIndex index = FactIndex.of(facts, YearMonth.from(end));
        return at(end, facts.settings(), facts.streams(), index, facts.workspace().currency());
    }

    static Baseline at(LocalDate end, Settings settings, List<Stream> streams, FactIndex index, Currency currency) {
        BigDecimal override = settings.decimal(Settings.BASELINE_RATE, null);
        if (override != null) {
            return new Baseline(Measure.of(override), "workspace setting baseline_rate", currency);
        }
        LocalDate from = end.minusMonths(12).plusDays(1);
        long contribution = 0;
        long seconds = 0;
        for (Stream s : streams) {
            if (s.kind().rung() == 1) {
                DayLedger l = index.stream(s.id());
                contribution += StreamMeasurer.contributionMinor(l, from, end);
                seconds += l.sum(Field.OWNER_SECONDS, from, end);
            }
        }
        String basis = "one-on-one and retainer streams, " + from + " to " + end;
        if (seconds == 0) {
            return new Baseline(Measure.missing("no owner hours on one-on-one or retainer streams from " + from + " to " + end
                    + " and no baseline_rate setting, so there is no baseline rate"), basis, currency);
        }
        return new Baseline(Measure.of(Exact.perHour(new Money(contribution, currency), seconds)), basis, currency);
    }
}
