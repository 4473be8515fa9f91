package app.fulcrum.domain.planner;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import app.fulcrum.domain.planner.PlanResult.HoursBand;
import app.fulcrum.domain.planner.PlanResult.MoneyBand;
import app.fulcrum.domain.planner.PlanResult.MonthRow;
import app.fulcrum.domain.planner.PlanResult.Payback;
import app.fulcrum.domain.planner.PlanResult.Totals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the samples into the result: nearest-rank percentiles (see {@link Percentiles}) per month and
 * arm, totals, and the payback distribution. Hours are shown to one decimal; a rate is net income ÷
 * hours rounded half-up to the minor unit ({@link Math#round(double)}).
 */
final class PlanSummary {
    private PlanSummary() {
    }

    static PlanResult of(Scenario scenario, PlanOptions options, Samples s, Planner.Tally tally) {
        Currency currency = scenario.baseline().currency();
        List<MonthRow> rows = IntStream.rangeClosed(1, s.months).parallel()
                .mapToObj(m -> new MonthRow(m,
                        arm(s.netScenario[m - 1], s.hoursScenario[m - 1], tally.boundScenario[m], currency),
                        arm(s.netStatusQuo[m - 1], s.hoursStatusQuo[m - 1], tally.boundStatusQuo[m], currency)))
                .toList();
        double cells = (double) s.runs * s.months;
        return new PlanResult(scenario.name(), options.seed(), s.runs, s.months, scenario.ownerWeeklyCapacityHours(),
                Money.ofMinor(scenario.hourValueMinor(), currency.getCurrencyCode()), scenario.baseline().baselineRate(), rows,
                totals(s.totalScenario, s.totalHoursScenario, currency),
                totals(s.totalStatusQuo, s.totalHoursStatusQuo, currency),
                payback(s.paybackMonth, s.months),
                tally.beatsIncome / (double) s.runs, tally.beatsIncomePerHour / (double) s.runs,
                Arrays.stream(tally.boundScenario).sum() / cells, Arrays.stream(tally.boundStatusQuo).sum() / cells);
    }

    private static ArmMonth arm(long[] net, float[] hours, long bound, Currency currency) {
        int n = net.length;
        long[] rates = new long[n];
        int rated = 0;
        long[] h = new long[n];
        for (int r = 0; r < n; r++) {
            h[r] = Math.round(hours[r] * 10.0);
            if (hours[r] > 0) {
                rates[rated++] = Math.round(net[r] / (double) hours[r]);
            }
        }
        MoneyBand rate = rated == 0 ? null : money(rates, rated, currency);
        return new ArmMonth(money(net.clone(), n, currency), tenths(h), rate, rated, bound / (double) n);
    }

    private static Totals totals(long[] net, double[] hours, Currency currency) {
        long[] perHour = new long[net.length];
        int rated = 0;
        for (int r = 0; r < net.length; r++) {
            if (hours[r] > 0) {
                perHour[rated++] = Math.round(net[r] / hours[r]);
            }
        }
        return new Totals(money(net.clone(), net.length, currency), hours(hours.clone()),
                rated == 0 ? null : money(perHour, rated, currency));
    }

    /** P10/P50/P90 of the first {@code n} values (reordered in place). */
    private static MoneyBand money(long[] values, int n, Currency currency) {
        long[] b = Percentiles.bands(values, n);
        return new MoneyBand(new Money(b[0], currency), new Money(b[1], currency), new Money(b[2], currency));
    }

    /** Hours already rounded to tenths (half-up) before ranking, so the band shows one decimal. */
    private static HoursBand tenths(long[] values) {
        long[] b = Percentiles.bands(values, values.length);
        return new HoursBand(BigDecimal.valueOf(b[0], 1), BigDecimal.valueOf(b[1], 1), BigDecimal.valueOf(b[2], 1));
    }

    private static HoursBand hours(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return new HoursBand(oneDecimal(Percentiles.of(values, n, 0.1)), oneDecimal(Percentiles.of(values, n, 0.5)),
                oneDecimal(Percentiles.of(values, n, 0.9)));
    }

    private static BigDecimal oneDecimal(double hours) {
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static Payback payback(int[] months, int horizon) {
        int[] sorted = months.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        List<Integer> byMonth = new ArrayList<>(java.util.Collections.nCopies(horizon, 0));
        int without = 0;
        for (int m : months) {
            if (m > horizon) {
                without++;
            } else {
                byMonth.set(m - 1, byMonth.get(m - 1) + 1);
            }
        }
        return new Payback(within(sorted[Percentiles.rank(n, 0.1)], horizon),
                within(sorted[Percentiles.rank(n, 0.5)], horizon), within(sorted[Percentiles.rank(n, 0.9)], horizon),
                without / (double) n, byMonth, without);
    }

    private static Integer within(int month, int horizon) {
        return month > horizon ? null : month;
    }
}
