package app.fulcrum.domain.ladder;

import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Group cohorts inferred from sales. Rule: for each group or workshop stream, its sale days in order;
 * a sale more than {@code gapDays} days (setting {@code ladder.cohort_gap_days}, default 30) after the
 * previous sale starts a new cohort. Programs enrol in bursts before a start date and then run for weeks
 * without new sales; a month of silence is the usual gap between enrolment windows. A cohort counts as
 * delivered once its window has closed: more than {@code gapDays} days have passed since its last sale.
 */
final class Cohorts {
    private Cohorts() {
    }

    static List<Cohort> of(LadderFacts f) {
        int gap = f.thresholds.cohortGapDays().intValue();
        List<Cohort> result = new ArrayList<>();
        for (Stream s : f.streams(LadderFacts.kinds(StreamKind.GROUP, StreamKind.WORKSHOP))) {
            List<SaleFact> days = f.facts.sales().stream()
                    .filter(x -> x.streamId() == s.id() && x.salesCount() > 0 && !x.day().isAfter(f.today))
                    .sorted(Comparator.comparing(SaleFact::day)).toList();
            cluster(s.name(), days, gap, f.today, result);
        }
        return result;
    }

    private static void cluster(String stream, List<SaleFact> days, int gap, LocalDate today, List<Cohort> out) {
        LocalDate first = null;
        LocalDate last = null;
        int sales = 0;
        for (SaleFact d : days) {
            if (last != null && ChronoUnit.DAYS.between(last, d.day()) > gap) {
                out.add(new Cohort(stream, first, last, sales, true));
                first = null;
                sales = 0;
            }
            first = first == null ? d.day() : first;
            last = d.day();
            sales += d.salesCount();
        }
        if (last != null) {
            out.add(new Cohort(stream, first, last, sales, ChronoUnit.DAYS.between(last, today) > gap));
        }
    }
}
