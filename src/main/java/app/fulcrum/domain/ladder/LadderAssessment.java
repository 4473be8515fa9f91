package app.fulcrum.domain.ladder;

import app.fulcrum.domain.report.Baseline;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the business stands on the leverage ladder and what is missing for the next rung, as of a day.
 *
 * @param currentRung       1–4, or 0 when no ladder stream had net revenue in the trailing window
 * @param evidence          the streams with net revenue in the trailing {@code evidenceMonths} months
 * @param nextChecks        checks for {@code nextRung} (empty at the top rung)
 * @param foundationChecks  the checks of the current rung: what should have been true to stand on it
 * @param changedThresholds thresholds the workspace set away from SPEC's defaults
 * @param baseline          the baseline hourly rate as of {@code asOf}, the same one the report and the planner use
 */
public record LadderAssessment(LocalDate asOf, int currentRung, int evidenceMonths, List<RungEvidence> evidence,
                               Integer nextRung, List<Check> nextChecks, Readiness nextReadiness,
                               List<Check> foundationChecks, Readiness foundationReadiness,
                               List<MonthUtilization> utilization, long clientsServed, List<Cohort> cohorts,
                               Integer monthsSinceFirstSale, List<MembershipSummary> memberships, List<Advice> advice,
                               List<Threshold> changedThresholds, Baseline baseline) {
    public LadderAssessment {
        evidence = List.copyOf(evidence);
        nextChecks = List.copyOf(nextChecks);
        foundationChecks = List.copyOf(foundationChecks);
        utilization = List.copyOf(utilization);
        cohorts = List.copyOf(cohorts);
        memberships = List.copyOf(memberships);
        advice = List.copyOf(advice);
        changedThresholds = List.copyOf(changedThresholds);
        java.util.Objects.requireNonNull(baseline, "baseline");
    }

    /** 1 one-on-one, 2 group, 3 course / product, 4 membership, 0 not on the ladder. */
    public static String rungName(int rung) {
        return switch (rung) {
            case 1 -> "one-on-one";
            case 2 -> "group";
            case 3 -> "course / product";
            case 4 -> "membership";
            default -> "not on the ladder yet";
        };
    }

    /** Over the deciding (non-advisory) checks: any fail → NOT_YET, else any unknown → UNKNOWN, else READY. */
    public enum Readiness {
        READY, NOT_YET, UNKNOWN, NONE;

        static Readiness of(List<Check> checks) {
            List<Check> deciding = checks.stream().filter(c -> !c.advisory()).toList();
            if (deciding.isEmpty()) {
                return NONE;
            }
            if (deciding.stream().anyMatch(c -> c.status() == CheckStatus.FAIL)) {
                return NOT_YET;
            }
            return deciding.stream().anyMatch(c -> c.status() == CheckStatus.UNKNOWN) ? UNKNOWN : READY;
        }
    }
}
