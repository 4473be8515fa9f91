package app.fulcrum.cli.render;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeLog;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.Workspace;
import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.LeverageReports;
import app.fulcrum.domain.report.ReportRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A small fixed business, February–March 2024 by month, checked by hand:
 * <ul>
 *   <li>Coaching (one-on-one, 10 h/week): 1,000.00 in Feb (fee 30.00) and 1,500.00 in Mar (fee 45.00); the owner
 *       delivers 8 h in Feb and 12 h in Mar. Net 2,425.00 for 20 h → 121.25/h, which is also the baseline.</li>
 *   <li>Course: created in Feb (10 h), 5 sales of 97.00 in Mar (fees 15.00) and one refund of 97.00 in Mar;
 *       2 h of owner promotion in Mar; Ana (helper, no cost rate) answers support for 1 h 30 in Mar.</li>
 *   <li>Shared: a 50.00 tool in March and 1 h of owner admin.</li>
 * </ul>
 */
final class SampleReport {
    static final Currency USD = Currency.getInstance("USD");

    private SampleReport() {
    }

    static LeverageReport build() {
        return build(new ReportRequest(day("2024-02-01"), day("2024-03-31"), Granularity.MONTH, null));
    }

    static LeverageReport build(ReportRequest request) {
        var streams = List.of(
                new Stream(1, "Coaching", StreamKind.ONE_ON_ONE, null, BigDecimal.TEN, null, null),
                new Stream(2, "Course", StreamKind.COURSE, null, null, null, null));
        var people = List.of(new Person(1, "Olga", null, PersonRole.OWNER, null),
                new Person(2, "Ana", null, PersonRole.HELPER, null));
        var time = new TimeLog()
                .add(1L, 1, Activity.DELIVERY, day("2024-02-12"), 8 * 3600)
                .add(1L, 1, Activity.DELIVERY, day("2024-03-12"), 12 * 3600)
                .add(2L, 1, Activity.CREATION, day("2024-02-20"), 10 * 3600)
                .add(2L, 1, Activity.PROMOTION, day("2024-03-05"), 2 * 3600)
                .add(2L, 2, Activity.SUPPORT, day("2024-03-06"), 5400)
                .add(null, 1, Activity.ADMIN, day("2024-03-01"), 3600);
        var sales = List.of(
                new SaleFact(1, day("2024-02-15"), 100000, 0, 3000, 4, 0, 0),
                new SaleFact(1, day("2024-03-15"), 150000, 0, 4500, 6, 0, 0),
                new SaleFact(2, day("2024-03-10"), 48500, 0, 1500, 5, 0, 0),
                new SaleFact(2, day("2024-03-20"), 0, 9700, 0, 0, 1, 0));
        var expenses = List.of(new ExpenseFact(null, ExpenseCategory.TOOLS, day("2024-03-02"), 5000));
        var facts = new ReportFacts(new Workspace(1, "Olga Coaching", USD, ZoneId.of("UTC")), Settings.empty(), streams,
                people, time.facts(people), time.uncosted(people), sales, expenses, List.of(), List.of());
        return LeverageReports.compute(facts, request, day("2024-04-02"));
    }

    static Money usd(String amount) {
        return Money.parse(amount, USD);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
