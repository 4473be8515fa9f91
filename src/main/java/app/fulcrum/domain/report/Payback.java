package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.DayLedger.Field;
import app.fulcrum.domain.report.StreamFigures.PaybackFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Setup payback (SPEC): from the stream's first month with any activity (time, sale or expense), add up each
 * month's contribution − owner hours × baseline rate. Creation hours count like every owner hour, so the
 * months spent building start the sum in the red. The payback month is the first month whose running sum
 * is zero or more; the stream has then beaten selling those hours at the baseline rate. Until then the
 * shortfall is minus the running sum at the end. The sum is kept exact as (money × 3600), so hours × rate
 * never rounds before the comparison.
 *
 * <p>Rung-1 streams (one-on-one, retainer) have no payback: they are what the baseline is made of, so
 * "has it beaten selling those hours one-on-one?" asks a stream whether it beats itself (a rate below a
 * later trailing baseline would read as a shortfall that is really a rate raise). Their payback is null
 * with {@link #RUNG_ONE}; payback applies to streams that cost creation hours.
 */
final class Payback {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    static final String RUNG_ONE = "one-on-one and retainer streams set the baseline; payback applies to streams"
            + " that cost creation hours";

    private Payback() {
    }

    static PaybackFigures of(StreamKind kind, DayLedger ledger, LocalDate end, Baseline baseline, Currency currency) {
        if (kind.rung() == 1) {
            return new PaybackFigures(Measure.missing(RUNG_ONE), Measure.missing(RUNG_ONE));
        }
        LocalDate first = ledger.firstDay();
        if (first == null || first.isAfter(end)) {
            String reason = "the stream has no activity up to " + end;
            return new PaybackFigures(Measure.missing(reason), Measure.missing(reason));
        }
        if (!baseline.rate().isKnown()) {
            String reason = "payback values owner hours at the baseline rate, which is unknown: " + baseline.rate().reason();
            return new PaybackFigures(Measure.missing(reason), Measure.missing(reason));
        }
        BigDecimal rate = baseline.rate().value();
        BigDecimal running = BigDecimal.ZERO; // money × 3600
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            LocalDate to = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
            long contribution = StreamMeasurer.contributionMinor(ledger, m.atDay(1), to);
            long seconds = ledger.sum(Field.OWNER_SECONDS, m.atDay(1), to);
            running = running.add(new Money(contribution, currency).toDecimal().multiply(SECONDS_PER_HOUR))
                    .subtract(rate.multiply(BigDecimal.valueOf(seconds)));
            if (running.signum() >= 0) {
                return new PaybackFigures(Measure.of(m), Measure.of(Money.zero(currency)));
            }
        }
        Money shortfall = Money.rounded(running.negate().divide(SECONDS_PER_HOUR, 10, RoundingMode.HALF_EVEN), currency);
        return new PaybackFigures(Measure.missing("not paid back by " + end + ": still " + Exact.shown(shortfall)
                + " behind selling the same owner hours at the baseline rate " + Exact.shownPerHour(rate, currency)), Measure.of(shortfall));
    }
}
