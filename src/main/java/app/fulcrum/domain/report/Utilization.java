package app.fulcrum.domain.report;

import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.Stream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Utilization of a live stream (SPEC: one-on-one) = delivery hours / capacity hours.
 *
 * <p>Design note. Capacity hours = the stream's {@code capacity_hours_per_week} × weeks in the period,
 * where weeks = days in the period (both ends inclusive) / 7, so a 30-day month at 20 h/week offers
 * 85.71 hours. Delivery hours are every person's {@code delivery} time on the stream: a helper delivering
 * a session uses the stream's capacity as much as the owner does. The value is a fraction (0.8 = 80%)
 * and may exceed 1 when more was delivered than planned. Without a positive capacity it is undefined,
 * with the reason.
 */
public final class Utilization {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    private Utilization() {
    }

    /** Utilization of {@code deliverySeconds} against a weekly capacity over [from, to] (inclusive). */
    public static Measure<BigDecimal> of(long deliverySeconds, BigDecimal capacityHoursPerWeek, LocalDate from,
                                         LocalDate to) {
        if (capacityHoursPerWeek == null || capacityHoursPerWeek.signum() <= 0) {
            return Measure.missing("no capacity is set for this stream (capacity hours per week), so utilization is unknown");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= 0) {
            return Measure.missing("the period " + from + " to " + to + " has no days");
        }
        BigDecimal capacitySecondsTimes7 = capacityHoursPerWeek.multiply(BigDecimal.valueOf(3600L * days));
        // delivery / (capacity/week × days/7) = delivery × 7 / (capacity/week × days)
        BigDecimal value = BigDecimal.valueOf(deliverySeconds).multiply(DAYS_PER_WEEK)
                .divide(capacitySecondsTimes7, Exact.SCALE, RoundingMode.HALF_EVEN);
        return Measure.of(value);
    }

    /** Utilization of one stream over [from, to], summing its delivery time from the facts. */
    public static Measure<BigDecimal> of(Stream stream, List<TimeFact> time, LocalDate from, LocalDate to) {
        return of(deliverySeconds(stream.id(), time, from, to), stream.capacityHoursPerWeek(), from, to);
    }

    /** One value per calendar month from {@code first} to {@code last}, whole months, in order. */
    public static Map<YearMonth, Measure<BigDecimal>> byMonth(Stream stream, List<TimeFact> time, YearMonth first,
                                                               YearMonth last) {
        Map<YearMonth, Long> seconds = new LinkedHashMap<>();
        for (TimeFact t : time) {
            if (t.streamId() != null && t.streamId() == stream.id()) {
                seconds.merge(YearMonth.from(t.day()), t.deliverySeconds(), Long::sum);
            }
        }
        Map<YearMonth, Measure<BigDecimal>> result = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            result.put(m, of(seconds.getOrDefault(m, 0L), stream.capacityHoursPerWeek(), m.atDay(1), m.atEndOfMonth()));
        }
        return result;
    }

    private static long deliverySeconds(long streamId, List<TimeFact> time, LocalDate from, LocalDate to) {
        long sum = 0;
        for (TimeFact t : time) {
            if (t.streamId() != null && t.streamId() == streamId && !t.day().isBefore(from) && !t.day().isAfter(to)) {
                sum += t.deliverySeconds();
            }
        }
        return sum;
    }
}
