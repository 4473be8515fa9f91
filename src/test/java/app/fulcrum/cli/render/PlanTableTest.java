package app.fulcrum.cli.render;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import app.fulcrum.domain.planner.PlanResult.HoursBand;
import app.fulcrum.domain.planner.PlanResult.MoneyBand;
import app.fulcrum.domain.planner.PlanResult.MonthRow;
import app.fulcrum.domain.planner.PlanResult.Payback;
import app.fulcrum.domain.planner.PlanResult.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan table of a hand-made result: a course launch whose status quo is a royalty earning 200.00 a month
 * with no owner hours. The renderer only formats, so each expected figure is the input, grouped.
 */
class PlanTableTest {

    @Test
    void a_small_plan_renders_answer_first_with_grouped_money_and_dashes_where_no_hours_were_worked() {
        assertThat(PlanTable.render(courseLaunch(), false)).isEqualTo("""
                Plan: Launch a course
                Seed 42 · 10 runs · 2 months · capacity 20 h a week · amounts in EUR

                Over 2 months                       P10          P50          P90
                Net income      scenario        -700.00     1,845.67     4,250.00
                                status quo       400.00       400.00       400.00
                Per owner hour  scenario         -17.50        35.16        65.38
                                status quo            —            —            —
                Payback month                         2            2     beyond 2
                Per owner hour shows — where the owner worked no hours in any run.
                Runs with no payback within 2 months: 30.0%. The payback month is the first in
                which the scenario's cumulative income, less its owner hours at 1,050.00 each,
                catches up with the status quo's.
                The scenario beats the status quo on total income in 70.0% of runs and on
                income per owner hour in 0.0%.
                Capacity cut sales in 20.0% of simulated months with the scenario and 0.0%
                without it.

                By month, every month. Capped is the share of runs in which capacity cut sales
                that month.
                                  Net income                          Owner h  Per hour
                Month                    P50        P10 –        P90      P50       P50 Capped
                    1  scenario      -500.00  -1,500.00 –     250.00    40.00    -12.50  30.0%
                       status quo     200.00     200.00 –     200.00     0.00         —   0.0%
                    2  scenario     2,345.67     800.00 –   4,000.00    12.50    187.65  10.0%
                       status quo     200.00     200.00 –     200.00     0.00         —   0.0%
                """);
    }

    @Test
    void every_line_fits_an_80_column_terminal() {
        assertThat(PlanTable.render(courseLaunch(), true).lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @ParameterizedTest(name = "{0} months → {1}")
    @CsvSource(delimiter = '|', value = {
            "1   | 1",                                // a one-month plan shows its only month
            "4   | 1 3 4",                            // the last month always shows, even off the milestones
            "6   | 1 3 6",
            "36  | 1 3 6 12 18 24 36",                // the default horizon
            "40  | 1 3 6 12 18 24 36 40",
            "60  | 1 3 6 12 18 24 36 48 60",          // every 12th month after 24
    })
    void milestone_months_are_1_3_6_then_every_6th_to_24_then_every_12th_and_the_last(int months, String expected) {
        assertThat(PlanTable.milestones(months)).isEqualTo(Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList());
    }

    private static PlanResult courseLaunch() {
        // status quo: a royalty, 200.00 a month, no owner hours, so no rate in any run
        ArmMonth royalty = new ArmMonth(money("200.00", "200.00", "200.00"), hours("0", "0", "0"), null, 0, 0.0);
        List<MonthRow> months = List.of(
                new MonthRow(1, new ArmMonth(money("-1500.00", "-500.00", "250.00"), hours("30.0", "40.0", "50.0"),
                        money("-30.00", "-12.50", "5.00"), 10, 0.3), royalty),
                new MonthRow(2, new ArmMonth(money("800.00", "2345.67", "4000.00"), hours("10.0", "12.5", "15.0"),
                        money("80.00", "187.65", "266.67"), 10, 0.1), royalty));
        Totals scenario = new Totals(money("-700.00", "1845.67", "4250.00"), hours("40.0", "52.5", "65.0"),
                money("-17.50", "35.16", "65.38"));
        Totals statusQuo = new Totals(money("400.00", "400.00", "400.00"), hours("0", "0", "0"), null);
        // 7 of 10 runs pay back in month 2, 3 never do: P10 and P50 are month 2, P90 beyond the horizon
        Payback payback = new Payback(2, 2, null, 0.3, List.of(0, 7), 3);
        return new PlanResult("Launch a course", 42, 10, 2, 20.0, eur("1050.00"), eur("1050.00"), months, scenario, statusQuo, payback,
                0.7, 0.0, 0.2, 0.0);
    }

    private static MoneyBand money(String p10, String p50, String p90) {
        return new MoneyBand(eur(p10), eur(p50), eur(p90));
    }

    private static HoursBand hours(String p10, String p50, String p90) {
        return new HoursBand(new BigDecimal(p10), new BigDecimal(p50), new BigDecimal(p90));
    }

    private static Money eur(String amount) {
        return Money.parse(amount, Money.currency("EUR"));
    }
}
