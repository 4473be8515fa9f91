package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.Measure;
import app.fulcrum.domain.report.Utilization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks for rung 2 (group): a full one-on-one practice (utilization ≥ 80% in 3 of the last 6 months),
 * ≥ 10 distinct clients served, and (advice) a rate raise of ≥ 10% in the last 12 months.
 *
 * <p>Utilization of a month = delivery hours on one-on-one streams that have a capacity / their capacity
 * hours (Utilization: capacity per week × days / 7); the current month counts up to today. Rate raise =
 * average gross per one-on-one sale in the last 3 months / in the first 3 of the trailing 12, minus 1.
 */
final class GroupChecks {
    static final int RUNG = 2;

    private GroupChecks() {
    }

    static List<Check> of(LadderFacts f) {
        return List.of(utilization(f), clients(f), rateRaise(f));
    }

    /** One-on-one utilization per calendar month, the {@code months} months ending with today's. */
    static List<MonthUtilization> utilizationByMonth(LadderFacts f, int months) {
        List<Stream> withCapacity = f.streams(s -> s.kind() == StreamKind.ONE_ON_ONE && s.capacityHoursPerWeek() != null
                && s.capacityHoursPerWeek().signum() > 0);
        BigDecimal capacity = withCapacity.stream().map(Stream::capacityHoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> ids = LadderFacts.ids(withCapacity);
        List<MonthUtilization> result = new ArrayList<>();
        YearMonth last = YearMonth.from(f.today);
        for (YearMonth m = last.minusMonths(months - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate end = m.equals(last) ? f.today : m.atEndOfMonth();
            long seconds = f.deliverySeconds(ids, m.atDay(1), end);
            Measure<BigDecimal> u = Utilization.of(seconds, capacity, m.atDay(1), end);
            result.add(new MonthUtilization(m, BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2,
                    RoundingMode.HALF_EVEN), capacity, u.value(), u.reason()));
        }
        return result;
    }

    private static Check utilization(LadderFacts f) {
        Threshold months = f.thresholds.groupUtilizationMonths();
        BigDecimal level = f.thresholds.groupUtilization().value();
        String id = "group.full_practice";
        String source = "delivery time on one-on-one streams and their capacity, last 6 months";
        String why = "a full one-on-one calendar proves demand and a repeatable process to teach to a group";
        if (f.streams(s -> s.kind() == StreamKind.ONE_ON_ONE).isEmpty()) {
            return Check.unknown(id, RUNG, months, "months", source, why,
                    "no one-on-one stream: add one with `fulcrum stream add NAME --kind one-on-one --capacity-hours-per-week 20`");
        }
        List<MonthUtilization> byMonth = utilizationByMonth(f, 6);
        if (byMonth.get(0).utilization() == null) {
            return Check.unknown(id, RUNG, months, "months", source, why, "no capacity on the one-on-one streams: "
                    + "`fulcrum stream edit NAME --capacity-hours-per-week 20`");
        }
        if (!f.hasTime(f.monthsBack(6), f.today)) {
            return Check.unknown(id, RUNG, months, "months", source, why,
                    "no time entries in the last 6 months: `fulcrum time add` or import a Toggl or Clockify export");
        }
        long full = byMonth.stream().filter(m -> m.utilization().compareTo(level) >= 0).count();
        return Check.measured(id, RUNG, BigDecimal.valueOf(full), months, "months", source, why,
                full + " of the last 6 months at ≥ " + percent(level) + " utilization (needed: " + months.intValue() + ")");
    }

    private static Check clients(LadderFacts f) {
        Threshold t = f.thresholds.groupClients();
        String id = "group.distinct_clients";
        String source = "customer references on one-on-one and retainer sales, all time";
        String why = "ten or more clients show the method works for more than a few people";
        Set<Long> ids = LadderFacts.ids(f.streams(LadderFacts.rungs(1)));
        long clients = f.customers(ids).stream().map(c -> c.customer()).distinct().count();
        if (clients == 0 && f.salesCount(ids, LocalDate.MIN, f.today) > 0) {
            return Check.unknown(id, RUNG, t, "clients", source, why, "one-on-one sales have no customer reference: "
                    + "record them with `fulcrum sale add --customer REF` or import a file with a customer column");
        }
        return Check.measured(id, RUNG, BigDecimal.valueOf(clients), t, "clients", source, why,
                clients + " distinct clients served");
    }

    private static Check rateRaise(LadderFacts f) {
        Threshold t = f.thresholds.groupRateRaise();
        String id = "group.rate_raise";
        String source = "gross per one-on-one sale, first 3 vs last 3 of the last 12 months";
        String why = "a raise that clients accept shows the demand is real, and it funds the time to build a group";
        Set<Long> ids = LadderFacts.ids(f.streams(s -> s.kind() == StreamKind.ONE_ON_ONE));
        LocalDate start = f.monthsBack(12);
        LocalDate earlyEnd = start.plusMonths(3).minusDays(1);
        long earlyCount = f.salesCount(ids, start, earlyEnd);
        long lateCount = f.salesCount(ids, f.monthsBack(3), f.today);
        if (earlyCount == 0 || lateCount == 0) {
            return Check.unknown(id, RUNG, t, "share", source, why, "needs one-on-one sales both 10–12 months ago and in "
                    + "the last 3 months: `fulcrum sale add` or import your payment history").asAdvice();
        }
        BigDecimal early = BigDecimal.valueOf(f.grossMinor(ids, start, earlyEnd)).divide(BigDecimal.valueOf(earlyCount), 10, RoundingMode.HALF_EVEN);
        BigDecimal late = BigDecimal.valueOf(f.grossMinor(ids, f.monthsBack(3), f.today)).divide(BigDecimal.valueOf(lateCount), 10, RoundingMode.HALF_EVEN);
        BigDecimal raise = late.divide(early, 4, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE);
        return Check.measured(id, RUNG, raise, t, "share", source, why, "average one-on-one sale moved by "
                + percent(raise) + " over the last 12 months").asAdvice();
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
