package app.fulcrum.domain.planner;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.report.Memberships;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner's starting point built from a workspace's trailing 12 months (ending {@code today}).
 *
 * <p>Per stream: units = sales in the 12 months (a membership: active members in the last month, with
 * churn from the report's {@link Memberships}); net per unit = net revenue / units (a membership: / member-
 * months); the owner's delivery and sales hours scale with units (hours per unit), promotion, support,
 * maintenance and admin hours are fixed per month, creation hours are left out (a one-off already spent);
 * helper cost = helper hours × their cost rate. Shared expenses and the owner's unassigned hours are
 * overhead. Streams retired, or with neither sales nor hours in the window, are left out.
 *
 * <p>Baseline rate: the report's own {@link app.fulcrum.domain.report.Baseline#of} as of {@code today} (the
 * {@code baseline_rate} setting, else rung-1 contribution / rung-1 owner hours over the same 12 months; null
 * without hours), rounded to the minor unit, so {@code fulcrum plan} values an hour as {@code fulcrum report} does.
 *
 * <p>Why hours per unit are not the report's fitted slope ({@code hours_per_unit}): the report fits owner
 * hours a month = a + b × units as a diagnostic, with r²; the fit needs 3 months, and on noisy months its
 * slope or intercept can come out negative (a stream that "saves" hours per sale), which a simulation
 * cannot run. The planner instead splits the same non-creation hours by activity: delivery and sales hours
 * per unit, the rest fixed. Both parts are never negative, exist from the first month, and add up exactly
 * to the hours the owner spent in the window, so the status quo arm reproduces the trailing 12 months.
 */
public final class WorkspaceBaseline {
    private static final Set<Activity> PER_UNIT = Set.of(Activity.DELIVERY, Activity.SALES);

    private WorkspaceBaseline() {
    }

    public static Baseline from(ReportFacts facts, LocalDate today) {
        LocalDate from = today.minusMonths(12).plusDays(1);
        Currency currency = facts.workspace().currency();
        Map<Long, Person> people = facts.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        List<TimeFact> time = facts.time().stream().filter(t -> within(t.day(), from, today)).toList();
        List<StreamBaseline> streams = new ArrayList<>();
        for (Stream s : facts.streams()) {
            Window w = Window.of(s, facts, time, people, from, today);
            if (s.status() == StreamStatus.RETIRED || (w.sales == 0 && w.ownerSeconds == 0)) {
                continue;
            }
            streams.add(w.toBaseline(s, facts, currency, today));
        }
        long shared = facts.expenses().stream().filter(e -> e.streamId() == null && within(e.day(), from, today))
                .mapToLong(e -> e.amountMinor()).sum();
        double overheadHours = time.stream().filter(t -> t.streamId() == null && isOwner(people, t))
                .mapToLong(TimeFact::seconds).sum() / 3600.0 / 12;
        return new Baseline(currency, streams, perMonth(shared, currency), overheadHours,
                app.fulcrum.domain.report.Baseline.of(facts, today).rate().map(r -> Money.rounded(r, currency))
                        .orElse(null));
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static boolean isOwner(Map<Long, Person> people, TimeFact t) {
        Person p = people.get(t.personId());
        return p != null && p.isOwner();
    }

    static Money perMonth(long minorOver12, Currency currency) {
        return Money.rounded(BigDecimal.valueOf(minorOver12).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN)
                .movePointLeft(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /** One stream's sums over the window. */
    private record Window(long sales, long netMinor, long expensesMinor, long helperCostMinor, long ownerSeconds,
                          long perUnitSeconds, long fixedSeconds) {

        static Window of(Stream s, ReportFacts facts, List<TimeFact> time, Map<Long, Person> people, LocalDate from,
                         LocalDate to) {
            long sales = 0;
            long net = 0;
            for (var f : facts.sales()) {
                if (f.streamId() == s.id() && within(f.day(), from, to)) {
                    sales += f.salesCount();
                    net += f.grossMinor() - f.refundsMinor() - f.feesMinor();
                }
            }
            long expenses = facts.expenses().stream().filter(e -> e.streamId() != null && e.streamId() == s.id()
                    && within(e.day(), from, to)).mapToLong(e -> e.amountMinor()).sum();
            long owner = 0;
            long perUnit = 0;
            long fixed = 0;
            BigDecimal helper = BigDecimal.ZERO;
            for (TimeFact t : time) {
                if (t.streamId() == null || t.streamId() != s.id() || t.activity() == Activity.CREATION) {
                    continue;
                }
                if (isOwner(people, t)) {
                    owner += t.seconds();
                    perUnit += PER_UNIT.contains(t.activity()) ? t.seconds() : 0;
                    fixed += PER_UNIT.contains(t.activity()) ? 0 : t.seconds();
                } else if (people.get(t.personId()) != null && people.get(t.personId()).costRatePerHour() != null) {
                    helper = helper.add(BigDecimal.valueOf(people.get(t.personId()).costRatePerHour().minor())
                            .multiply(BigDecimal.valueOf(t.seconds())).divide(BigDecimal.valueOf(3600), 10, RoundingMode.HALF_EVEN));
                }
            }
            return new Window(sales, net, expenses, helper.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), owner,
                    perUnit, fixed);
        }

        StreamBaseline toBaseline(Stream s, ReportFacts facts, Currency currency, LocalDate today) {
            double units = sales;
            double churn = 0;
            double memberMonths = sales;
            if (s.kind() == app.fulcrum.domain.StreamKind.MEMBERSHIP) {
                YearMonth last = YearMonth.from(today);
                Memberships m = Memberships.of(facts.customers().stream().filter(c -> c.streamId() == s.id()).toList(),
                        currency, last);
                var figures = m.over(last.minusMonths(11), last);
                units = figures.activeMembers() * 12.0;
                churn = figures.churnRate().isKnown() ? Math.min(1, figures.churnRate().value().doubleValue()) : 0;
                memberMonths = 0;
                for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                    memberMonths += m.activeMembers(month);
                }
            }
            long perUnitMinor = memberMonths > 0 ? Math.round(netMinor / memberMonths) : 0;
            double hoursPerUnit = sales > 0 ? perUnitSeconds / 3600.0 / sales : 0;
            double fixedHours = (fixedSeconds + (sales > 0 ? 0 : perUnitSeconds)) / 3600.0 / 12;
            return new StreamBaseline(s.name(), s.kind(), new Money(perUnitMinor, currency), UnitsModel.poisson(units / 12),
                    fixedHours, hoursPerUnit, perMonth(helperCostMinor, currency), perMonth(expensesMinor, currency), churn);
        }
    }
}
