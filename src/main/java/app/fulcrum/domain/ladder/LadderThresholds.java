package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Settings;

import java.util.List;

/**
 * Every ladder threshold, read from the workspace settings with SPEC.md's defaults ("Ladder and
 * readiness"). Keys are what {@code fulcrum settings set KEY VALUE} takes; shares are fractions
 * (0.80 = 80%), money is in the base currency's major unit.
 */
public record LadderThresholds(Threshold currentRungMonths, Threshold groupUtilization, Threshold groupUtilizationMonths,
                               Threshold groupClients, Threshold groupRateRaise, Threshold courseYears,
                               Threshold courseBuyers, Threshold courseServiceIncome, Threshold courseCohorts,
                               Threshold cohortGapDays, Threshold membershipSalesMonths, Threshold membershipBuyers,
                               Threshold adviceUtilization, Threshold adviceRaise) {

    public static LadderThresholds from(Settings s) {
        return new LadderThresholds(
                Threshold.read(s, "ladder.current_rung_months", "6"),
                Threshold.read(s, "ladder.group.utilization", "0.80"),
                Threshold.read(s, "ladder.group.utilization_months", "3"),
                Threshold.read(s, "ladder.group.distinct_clients", "10"),
                Threshold.read(s, "ladder.group.rate_raise", "0.10"),
                Threshold.read(s, "ladder.course.years_since_first_sale", "3"),
                Threshold.read(s, "ladder.course.buyers", "1000"),
                Threshold.read(s, "ladder.course.service_income_per_month", "10000"),
                Threshold.read(s, "ladder.course.group_cohorts", "2"),
                Threshold.read(s, "ladder.cohort_gap_days", "30"),
                Threshold.read(s, "ladder.membership.product_sales_months", "6"),
                Threshold.read(s, "ladder.membership.buyers", "2000"),
                Threshold.read(s, "ladder.advice.utilization", "0.80"),
                Threshold.read(s, "ladder.advice.rate_raise", "0.10"));
    }

    public List<Threshold> all() {
        return List.of(currentRungMonths, groupUtilization, groupUtilizationMonths, groupClients, groupRateRaise,
                courseYears, courseBuyers, courseServiceIncome, courseCohorts, cohortGapDays, membershipSalesMonths,
                membershipBuyers, adviceUtilization, adviceRaise);
    }

    public List<Threshold> changed() {
        return all().stream().filter(Threshold::differsFromDefault).toList();
    }
}
