package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.Baseline;
import app.fulcrum.domain.report.Memberships;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Assesses the ladder from the facts (all data up to {@code today}, the period's end).
 *
 * <p>Model (SPEC "Ladder and readiness"): the current rung is the highest rung of a stream with net
 * revenue in the trailing 6 months ({@code ladder.current_rung_months}). The next rung's checks say what is
 * missing; the current rung's own checks run too, because a business that jumped to a course without the
 * foundation has its leverage in strengthening that foundation. Rung 1 has no checks: selling one-on-one
 * is where the ladder starts. Every threshold is a workspace setting with SPEC's default.
 */
public final class Ladder {
    private Ladder() {
    }

    public static LadderAssessment assess(ReportFacts facts, LocalDate today) {
        LadderFacts f = new LadderFacts(facts, today);
        int months = f.thresholds.currentRungMonths().intValue();
        List<RungEvidence> evidence = evidence(f, months);
        int rung = evidence.stream().mapToInt(RungEvidence::rung).max().orElse(0);
        List<Cohort> cohorts = Cohorts.of(f);
        Integer next = rung >= 4 ? null : rung + 1;
        List<Check> nextChecks = next == null ? List.of() : checksFor(next, f, cohorts);
        List<Check> foundation = rung >= 2 ? checksFor(rung, f, cohorts) : List.of();
        List<MonthUtilization> utilization = GroupChecks.utilizationByMonth(f, 12);
        long clients = f.customers(LadderFacts.ids(f.streams(LadderFacts.rungs(1)))).stream()
                .map(ReportFacts.CustomerFact::customer).distinct().count();
        Integer sinceFirst = f.firstSaleDay().map(d -> (int) ChronoUnit.MONTHS.between(d, today)).orElse(null);
        return new LadderAssessment(today, rung, months, evidence, next, nextChecks,
                LadderAssessment.Readiness.of(nextChecks), foundation, LadderAssessment.Readiness.of(foundation),
                utilization, clients, cohorts, sinceFirst, memberships(f), AdviceLines.of(f, utilization),
                f.thresholds.changed(), Baseline.of(facts, today));
    }

    static List<Check> checksFor(int rung, LadderFacts f, List<Cohort> cohorts) {
        return switch (rung) {
            case 2 -> GroupChecks.of(f);
            case 3 -> CourseChecks.of(f, cohorts);
            case 4 -> MembershipChecks.of(f);
            default -> List.of();
        };
    }

    private static List<RungEvidence> evidence(LadderFacts f, int months) {
        List<RungEvidence> result = new ArrayList<>();
        for (Stream s : f.streams(s -> s.kind().rung() > 0)) {
            long net = f.netMinor(Set.of(s.id()), f.monthsBack(months), f.today);
            if (net > 0) {
                result.add(new RungEvidence(s.name(), s.kind(), s.kind().rung(), new Money(net, f.currency())));
            }
        }
        result.sort(Comparator.comparingInt(RungEvidence::rung).reversed()
                .thenComparing(e -> e.netRevenue().minor(), Comparator.reverseOrder()));
        return result;
    }

    private static List<MembershipSummary> memberships(LadderFacts f) {
        List<MembershipSummary> result = new ArrayList<>();
        YearMonth last = YearMonth.from(f.today);
        for (Stream s : f.streams(LadderFacts.kinds(StreamKind.MEMBERSHIP))) {
            Memberships m = Memberships.of(f.customers(Set.of(s.id())), f.currency(), last);
            List<MembershipSummary.Month> byMonth = new ArrayList<>();
            for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                byMonth.add(new MembershipSummary.Month(month, m.mrr(month), m.activeMembers(month),
                        m.joinedMembers(month), m.churnedMembers(month)));
            }
            result.add(new MembershipSummary(s.name(), byMonth, m.over(last.minusMonths(11), last)));
        }
        return result;
    }
}
