package app.fulcrum.domain.ladder;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.Exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks for rung 3 (course / product), SPEC defaults: ≥ 3 years since the first sale; a buyers list of
 * ≥ 1,000; average service income (net revenue of rungs 1–2) ≥ 10,000 a month over the trailing 6 months;
 * ≥ 2 group cohorts delivered. The practitioner's observation behind them: the ~20% of product creators who
 * succeed were 3+ years in, with a list of buyers, a clear niche and a solid service income.
 */
final class CourseChecks {
    static final int RUNG = 3;
    static final String NO_SALES = "no sales recorded: `fulcrum sale add` or import a Stripe, PayPal or Gumroad export";

    private CourseChecks() {
    }

    static List<Check> of(LadderFacts f, List<Cohort> cohorts) {
        return List.of(years(f), buyers(f, f.thresholds.courseBuyers(), "course.buyers", RUNG),
                serviceIncome(f), cohorts(f, cohorts));
    }

    private static Check years(LadderFacts f) {
        Threshold t = f.thresholds.courseYears();
        String why = "products sell to people who already trust you; that trust takes years of service to build";
        Optional<LocalDate> first = f.firstSaleDay();
        if (first.isEmpty()) {
            return Check.unknown("course.years_in_business", RUNG, t, "years", "sales", why, NO_SALES);
        }
        long months = ChronoUnit.MONTHS.between(first.get(), f.today);
        BigDecimal years = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        return Check.measured("course.years_in_business", RUNG, years, t, "years", "first sale " + first.get(), why,
                months + (months == 1 ? " month" : " months") + " since the first sale on " + first.get());
    }

    static Check buyers(LadderFacts f, Threshold t, String id, int rung) {
        String why = rung == RUNG ? "a product needs people who have already bought from you to launch to"
                : "only a share of past buyers will pay every month, so a membership needs a large list of them";
        Optional<AudienceSnapshot> latest = f.latestAudience();
        if (latest.isEmpty()) {
            return Check.unknown(id, rung, t, "buyers", "audience snapshots", why,
                    "no audience snapshot: `fulcrum audience add --list-size N --buyers N` or import a Mailchimp export");
        }
        Optional<AudienceSnapshot> withBuyers = f.facts.audience().stream()
                .filter(a -> a.buyers() != null && !a.date().isAfter(f.today))
                .max(java.util.Comparator.comparing(AudienceSnapshot::date));
        if (withBuyers.isEmpty()) {
            return Check.unknown(id, rung, t, "buyers", "audience snapshots", why, "the audience snapshots have a list "
                    + "size but no buyers count: `fulcrum audience add --list-size N --buyers N`");
        }
        AudienceSnapshot a = withBuyers.get();
        return Check.measured(id, rung, BigDecimal.valueOf(a.buyers()), t, "buyers", "audience snapshot of " + a.date(),
                why, a.buyers() + " buyers on a list of " + a.listSize() + " (" + a.date() + ")");
    }

    private static Check serviceIncome(LadderFacts f) {
        Threshold t = f.thresholds.courseServiceIncome();
        String why = "service income pays the bills while a product takes months to build and to sell";
        String source = "net revenue of one-on-one, retainer, group and workshop streams, last 6 months";
        String unit = f.currency().getCurrencyCode() + " a month";
        if (!f.hasAnySales()) {
            return Check.unknown("course.service_income", RUNG, t, unit, source, why, NO_SALES);
        }
        Set<Long> ids = LadderFacts.ids(f.streams(LadderFacts.rungs(1, 2)));
        long net = f.netMinor(ids, f.monthsBack(6), f.today);
        Money perMonth = Money.rounded(new Money(net, f.currency()).toDecimal()
                .divide(BigDecimal.valueOf(6), 10, RoundingMode.HALF_EVEN), f.currency());
        return Check.measured("course.service_income", RUNG, perMonth.toDecimal(), t, unit, source, why,
                Exact.shown(perMonth) + " a month on average (" + Exact.shown(new Money(net, f.currency()))
                        + " over 6 months)");
    }

    private static Check cohorts(LadderFacts f, List<Cohort> cohorts) {
        Threshold t = f.thresholds.courseCohorts();
        long delivered = cohorts.stream().filter(Cohort::delivered).count();
        return Check.measured("course.group_cohorts", RUNG, BigDecimal.valueOf(delivered), t, "cohorts",
                "sales of group and workshop streams, clustered by a " + f.thresholds.cohortGapDays().intValue()
                        + "-day gap", "teaching a group several times turns your method into a curriculum a course can carry",
                delivered + " cohorts delivered" + (cohorts.size() > delivered ? ", 1 enrolling now" : ""));
    }
}
