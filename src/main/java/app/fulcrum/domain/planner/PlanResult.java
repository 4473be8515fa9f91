package app.fulcrum.domain.planner;

import app.fulcrum.domain.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a plan run found, complete enough to draw every chart: per month the P10/P50/P90 of net
 * income, owner hours and effective hourly rate for the scenario and the status quo, the payback
 * month's distribution, and the probabilities that the scenario beats the status quo.
 *
 * @param seed                     the seed the runs were drawn from: the same seed gives the same result
 * @param baselineRate             the starting point's baseline hourly rate; null when unknown
 * @param capacityBindsScenario    share of simulated months in which capacity cut sales, scenario
 * @param capacityBindsStatusQuo   the same for the status quo
 */
public record PlanResult(String scenario, long seed, int runs, int months, Double ownerWeeklyCapacityHours,
                         Money hourValue, Money baselineRate, List<MonthRow> byMonth, Totals scenarioTotals, Totals statusQuoTotals,
                         Payback payback, double probabilityBeatsOnIncome, double probabilityBeatsOnIncomePerHour,
                         double capacityBindsScenario, double capacityBindsStatusQuo) {
    public PlanResult {
        byMonth = List.copyOf(byMonth);
    }

    public record MonthRow(int month, ArmMonth scenario, ArmMonth statusQuo) {
    }

    /**
     * One arm in one month. {@code rate} is null when the owner worked no hours in any run that month;
     * {@code rateRuns} says in how many runs it was defined. {@code capacityBinds} is the share of runs
     * in which capacity cut sales that month.
     */
    public record ArmMonth(MoneyBand netIncome, HoursBand ownerHours, MoneyBand rate, int rateRuns,
                           double capacityBinds) {
    }

    /** Total net income and owner hours over the whole horizon, and income per owner hour. */
    public record Totals(MoneyBand netIncome, HoursBand ownerHours, MoneyBand incomePerHour) {
    }

    public record MoneyBand(Money p10, Money p50, Money p90) {
    }

    public record HoursBand(BigDecimal p10, BigDecimal p50, BigDecimal p90) {
    }

    /**
     * The first month in which the scenario's cumulative (net income − owner hours × hour value) is at
     * least the status quo's. Percentiles are null when they fall beyond the horizon;
     * {@code runsByMonth[m-1]} counts the runs paying back in month m, {@code runsWithout} those that never do.
     */
    public record Payback(Integer p10, Integer p50, Integer p90, double probabilityNone, List<Integer> runsByMonth,
                          int runsWithout) {
        public Payback {
            runsByMonth = List.copyOf(runsByMonth);
        }
    }
}
