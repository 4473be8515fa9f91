package app.fulcrum.storage;

import app.fulcrum.app.WorkspaceStore;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.TimeEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static app.fulcrum.storage.Rows.*;

/** A workspace with at least one row of every kind and every optional field both set and empty, for round trips. */
final class RichWorkspace {
    private RichWorkspace() {
    }

    static void fill(WorkspaceStore s) {
        Currency eur = Currency.getInstance("EUR");
        s.putSetting("baseline_rate", "150.00");
        s.putSetting("ladder.group.utilization", "0.8");
        Stream coaching = s.addStream(new Stream(0, "Coaching", StreamKind.ONE_ON_ONE, usd(25000), decimal("12.50"), null,
                StreamStatus.ACTIVE));
        Stream course = s.addStream(new Stream(0, "Course", StreamKind.COURSE, null, null, 200, StreamStatus.PAUSED));
        long owner = s.owner().id();
        Person helper = s.addPerson(new Person(0, "Bea Assistant", "bea@example.com", PersonRole.HELPER, usd(2500)));
        s.addTimeEntry(new TimeEntry(0, owner, coaching.id(), Activity.DELIVERY, Instant.parse("2024-03-04T14:00:00.123Z"),
                3600, "session with c1", Provenance.MANUAL));
        s.addTimeEntriesIfNew(List.of(
                time(helper.id(), course.id(), Activity.SUPPORT, "2024-03-05T14:00:00Z", 25, toggl("t-9", 7)),
                time(owner, null, Activity.ADMIN, "2024-04-01T03:30:00Z", 40, toggl("t-10", 8))));
        Sale eurSale = s.addSale(new Sale(0, course.id(), Instant.parse("2024-03-06T10:00:00Z"), "c9", new Money(9700, eur),
                new Money(300, eur), usd(10476), usd(324), false, null, true, "newsletter", stripe("ch_9", 4)));
        s.addSale(sale(coaching.id(), "2024-03-07T10:00:00Z", "c1", 25000, 755, Provenance.MANUAL));
        s.addSale(refund(course.id(), "2024-04-02T10:00:00Z", "c9", eurSale.id(), 10476, 0));
        s.addExpense(new Expense(0, course.id(), ExpenseCategory.PLATFORM, new Money(4900, eur), usd(5292),
                LocalDate.of(2024, 3, 1), "course host", Provenance.imported("bank", "bank.csv", 12, "b-12")));
        s.addExpensesIfNew(List.of(expense(null, ExpenseCategory.TOOLS, "2024-03-15", 2900)));
        s.addAudienceSnapshotsIfNew(List.of(new AudienceSnapshot(0, LocalDate.of(2024, 3, 31), 1500, 42L,
                Provenance.imported("mailchimp", "list.csv", 2, "2024-03-31"))));
        s.addAudienceSnapshot(audience("2024-04-30", 1550, null));
        s.putFxRate(new FxRate(LocalDate.of(2024, 3, 1), eur, decimal("1.08")));
        s.putFxRate(new FxRate(LocalDate.of(2024, 3, 1), Currency.getInstance("GBP"), decimal("1.2650")));
    }
}
