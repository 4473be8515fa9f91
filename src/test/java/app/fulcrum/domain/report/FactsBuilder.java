package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.TimeLog;
import app.fulcrum.domain.Workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Small hand-checkable workspaces for report tests: owner is person 1, amounts are USD decimals. */
final class FactsBuilder {
    static final Currency USD = Currency.getInstance("USD");
    static final long OWNER = 1;

    private Settings settings = Settings.empty();
    private final List<Stream> streams = new ArrayList<>();
    private final List<Person> people = new ArrayList<>(List.of(new Person(OWNER, "Olga", null, PersonRole.OWNER, null)));
    private final TimeLog time = new TimeLog();
    private final List<SaleFact> sales = new ArrayList<>();
    private final List<ExpenseFact> expenses = new ArrayList<>();
    private final List<CustomerFact> customers = new ArrayList<>();

    static FactsBuilder workspace() {
        return new FactsBuilder();
    }

    static long minor(String amount) {
        return Money.parse(amount, USD).minor();
    }

    static Money usd(String amount) {
        return Money.parse(amount, USD);
    }

    FactsBuilder stream(long id, String name, StreamKind kind) {
        streams.add(new Stream(id, name, kind, null, null, null, null));
        return this;
    }

    FactsBuilder stream(long id, String name, StreamKind kind, String capacityHoursPerWeek) {
        streams.add(new Stream(id, name, kind, null, new BigDecimal(capacityHoursPerWeek), null, null));
        return this;
    }

    FactsBuilder helper(long id, String name, String costRate) {
        people.add(new Person(id, name, null, PersonRole.HELPER, costRate == null ? null : usd(costRate)));
        return this;
    }

    FactsBuilder setting(String key, String value) {
        settings = settings.with(key, value);
        return this;
    }

    /** Owner time in minutes on a stream (null = overhead). */
    FactsBuilder owner(Long stream, Activity activity, String day, long minutes) {
        return time(stream, OWNER, activity, day, minutes);
    }

    FactsBuilder time(Long stream, long person, Activity activity, String day, long minutes) {
        time.add(stream, person, activity, LocalDate.parse(day), minutes * 60);
        return this;
    }

    FactsBuilder sale(long stream, String day, String gross, String fee, int count) {
        sales.add(new SaleFact(stream, LocalDate.parse(day), minor(gross), 0, minor(fee), count, 0, 0));
        return this;
    }

    FactsBuilder refund(long stream, String day, String amount) {
        sales.add(new SaleFact(stream, LocalDate.parse(day), 0, minor(amount), 0, 0, 1, 0));
        return this;
    }

    /** A recurring membership payment: one sale in the facts and one customer month. */
    FactsBuilder member(long stream, String customer, String month, String net) {
        LocalDate first = LocalDate.parse(month + "-01");
        sales.add(new SaleFact(stream, first, minor(net), 0, 0, 1, 0, 1));
        customers.add(new CustomerFact(stream, customer, first, 1, 1, minor(net), null));
        return this;
    }

    FactsBuilder expense(Long stream, String day, String amount) {
        expenses.add(new ExpenseFact(stream, ExpenseCategory.TOOLS, LocalDate.parse(day), minor(amount)));
        return this;
    }

    ReportFacts build() {
        return new ReportFacts(new Workspace(1, "Test", USD, ZoneId.of("UTC")), settings, streams, people,
                time.facts(people), time.uncosted(people), sales, expenses, customers, List.of());
    }

    LeverageReport report(String from, String to, Granularity by) {
        return LeverageReports.compute(build(), new ReportRequest(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), by, null), LocalDate.of(2024, 12, 31));
    }
}
