package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.DayLedger.Field;
import app.fulcrum.domain.report.StreamFigures.FitFigures;
import app.fulcrum.domain.report.StreamFigures.MoneyFigures;
import app.fulcrum.domain.report.StreamFigures.RateFigures;
import app.fulcrum.domain.report.StreamFigures.TimeFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes one stream's {@link StreamFigures} over one period from the indexed facts. Design note: direct
 * costs = stream expenses + helper seconds × hourly cost rate / 3600, rounded once; helpers without a cost
 * rate add nothing (the report warns). Units for the fit are sales, or active members for memberships.
 * The period's fit uses its months from the stream's first active month; the label's fit looks back 12
 * months from the period's end. Creation hours are left out of both fits: they are a one-off investment,
 * which payback accounts for.
 */
final class StreamMeasurer {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final FactIndex index;
    private final Currency currency;

    StreamMeasurer(FactIndex index, Currency currency) {
        this.index = index;
        this.currency = currency;
    }

    static long contributionMinor(DayLedger l, LocalDate from, LocalDate to) {
        return l.sum(Field.GROSS, from, to) - l.sum(Field.REFUNDS, from, to) - l.sum(Field.FEES, from, to)
                - directCostsMinor(l, from, to);
    }

    static long directCostsMinor(DayLedger l, LocalDate from, LocalDate to) {
        return l.sum(Field.EXPENSES, from, to) + Exact.costMinor(l.sum(Field.HELPER_COST_X3600, from, to));
    }

    static MoneyFigures money(DayLedger l, LocalDate from, LocalDate to, Currency currency) {
        Money gross = new Money(l.sum(Field.GROSS, from, to), currency);
        Money refunds = new Money(l.sum(Field.REFUNDS, from, to), currency);
        Money fees = new Money(l.sum(Field.FEES, from, to), currency);
        Money net = gross.minus(refunds).minus(fees);
        Money direct = new Money(directCostsMinor(l, from, to), currency);
        return new MoneyFigures(gross, refunds, fees, net, direct, net.minus(direct), Money.zero(currency),
                (int) l.sum(Field.SALES, from, to), (int) l.sum(Field.REFUND_COUNT, from, to));
    }

    static TimeFigures time(DayLedger l, LocalDate from, LocalDate to) {
        Map<Activity, BigDecimal> byActivity = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            byActivity.put(a, Exact.hours(l.sum(Field.ownerActivity(a), from, to)));
        }
        return new TimeFigures(Exact.hours(l.sum(Field.OWNER_SECONDS, from, to)),
                Exact.hours(l.sum(Field.HELPER_SECONDS, from, to)), byActivity);
    }

    /** Rate = amount per owner hour; leverage = rate / baseline; hours per 1,000 of net revenue. */
    static RateFigures rates(Money amount, Money net, long ownerSeconds, Baseline baseline, String what) {
        Measure<BigDecimal> rate = ownerSeconds == 0
                ? Measure.missing("the owner spent no time on " + what + " in this period, so there is no hourly rate")
                : Measure.of(Exact.perHour(amount, ownerSeconds));
        Measure<BigDecimal> leverage;
        if (!rate.isKnown()) {
            leverage = Measure.missing("no effective hourly rate: " + rate.reason());
        } else if (!baseline.rate().isKnown()) {
            leverage = Measure.missing(baseline.rate().reason());
        } else if (baseline.rate().value().signum() <= 0) {
            leverage = Measure.missing("the baseline rate " + Exact.shownPerHour(baseline.rate().value(), net.currency())
                    + " is not positive");
        } else {
            leverage = Measure.of(Exact.ratio(rate.value(), baseline.rate().value()));
        }
        Measure<BigDecimal> per1000 = net.minor() <= 0
                ? Measure.missing("net revenue is " + Exact.shown(net) + ", so hours per 1,000 of it are undefined")
                : Measure.of(Exact.ratio(Exact.hours(ownerSeconds).multiply(THOUSAND), net.toDecimal()));
        return new RateFigures(rate, baseline.rate(), leverage, per1000);
    }

    /** {@code labels} is the window the label judges: see {@link Labels}. */
    StreamFigures measure(Stream stream, Period period, LabelWindow labels, Baseline baseline, Money allocated) {
        DayLedger l = index.stream(stream.id());
        MoneyFigures money = money(l, period.from(), period.to(), currency).withAllocatedOverhead(allocated);
        long ownerSeconds = l.sum(Field.OWNER_SECONDS, period.from(), period.to());
        RateFigures rates = rates(money.contribution(), money.netRevenue(), ownerSeconds, baseline, "this stream");
        YearMonth firstFitMonth = period.firstMonth();
        FitFigures fit = FitFigures.of(fit(stream, l, firstFitMonth, period.from(), period.to()));
        Measure<LinearFit.Line> labelFit = fit(stream, l, period.lastMonth().minusMonths(11), LocalDate.MIN, period.to());
        StreamLabel label = Labels.of(l, labels, labelFit, unit(stream), currency);
        Memberships members = index.memberships(stream.id());
        return new StreamFigures(period, money, time(l, period.from(), period.to()), rates, fit,
                Payback.of(stream.kind(), l, period.to(), baseline, currency), label,
                members == null ? null : members.over(period.firstMonth(), period.lastMonth()),
                stream.kind() == StreamKind.ONE_ON_ONE
                        ? Utilization.of(l.sum(Field.DELIVERY_SECONDS, period.from(), period.to()),
                        stream.capacityHoursPerWeek(), period.from(), period.to())
                        : null);
    }

    /** Months from {@code firstMonth} (not before the stream's first activity) to {@code to}'s month, clipped to [from, to]. */
    private Measure<LinearFit.Line> fit(Stream stream, DayLedger l, YearMonth firstMonth, LocalDate from, LocalDate to) {
        LocalDate firstDay = l.firstDay();
        if (firstDay == null || firstDay.isAfter(to)) {
            return Measure.missing("the stream has no activity up to " + to + ", so there is nothing to fit");
        }
        YearMonth start = YearMonth.from(firstDay).isAfter(firstMonth) ? YearMonth.from(firstDay) : firstMonth;
        Memberships members = index.memberships(stream.id());
        List<BigDecimal> units = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate a = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate b = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            units.add(BigDecimal.valueOf(members != null ? members.activeMembers(m) : l.sum(Field.SALES, a, b)));
            hours.add(Exact.hours(l.sum(Field.OWNER_SECONDS, a, b) - l.sum(Field.ownerActivity(Activity.CREATION), a, b)));
        }
        return LinearFit.of(units, hours);
    }

    static String unit(Stream stream) {
        return stream.kind() == StreamKind.MEMBERSHIP ? "member" : "sale";
    }
}
