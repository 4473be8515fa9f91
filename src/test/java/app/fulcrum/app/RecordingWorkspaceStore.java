package app.fulcrum.app;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-written in-memory {@link WorkspaceStore} that keeps what the demo writes in lists, assigns
 * ids and honours the (source, external id) uniqueness of the bulk methods. Reports, snapshots and
 * fx are not needed by the generators and throw.
 */
final class RecordingWorkspaceStore implements WorkspaceStore {
    private Workspace workspace;
    final List<Stream> streams = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<TimeEntry> time = new ArrayList<>();
    final List<Sale> sales = new ArrayList<>();
    final List<Expense> expenses = new ArrayList<>();
    final List<AudienceSnapshot> audience = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private long nextId = 1;

    RecordingWorkspaceStore(Workspace workspace, String ownerName) {
        this.workspace = workspace;
        people.add(new Person(nextId++, ownerName, null, PersonRole.OWNER, null));
    }

    @Override public Workspace workspace() { return workspace; }
    @Override public void updateWorkspace(Workspace w) { workspace = w; }
    @Override public Settings settings() { return Settings.empty(); }
    @Override public void putSetting(String key, String value) { throw new UnsupportedOperationException(); }

    @Override
    public Stream addStream(Stream stream) {
        Stream stored = stream.withId(nextId++);
        streams.add(stored);
        return stored;
    }

    @Override public void updateStream(Stream stream) { throw new UnsupportedOperationException(); }
    @Override public List<Stream> streams() { return List.copyOf(streams); }

    @Override
    public Optional<Stream> findStream(String name) {
        return streams.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override public Optional<Stream> findStream(long id) { return streams.stream().filter(s -> s.id() == id).findFirst(); }

    @Override
    public Person addPerson(Person person) {
        Person stored = person.withId(nextId++);
        people.add(stored);
        return stored;
    }

    @Override public void updatePerson(Person person) { throw new UnsupportedOperationException(); }
    @Override public List<Person> people() { return List.copyOf(people); }
    @Override public Optional<Person> findPerson(String nameOrEmail) { return people.stream().filter(p -> p.name().equalsIgnoreCase(nameOrEmail)).findFirst(); }
    @Override public Person owner() { return people.get(0); }

    @Override
    public TimeEntry addTimeEntry(TimeEntry entry) {
        TimeEntry stored = entry.withId(nextId++);
        time.add(stored);
        return stored;
    }

    @Override
    public Sale addSale(Sale sale) {
        requireNew("sale", sale.provenance().source(), sale.provenance().externalId());
        Sale stored = sale.withId(nextId++);
        sales.add(stored);
        return stored;
    }

    @Override public Optional<Sale> findSale(long id) { return sales.stream().filter(s -> s.id() == id).findFirst(); }
    @Override public Expense addExpense(Expense expense) { expenses.add(expense.withId(nextId++)); return expenses.get(expenses.size() - 1); }
    @Override public AudienceSnapshot addAudienceSnapshot(AudienceSnapshot s) { audience.add(s); return s; }
    @Override public void putFxRate(FxRate rate) { throw new UnsupportedOperationException(); }
    @Override public Optional<FxRate> findFxRate(Currency currency, LocalDate date) { return Optional.empty(); }

    @Override
    public int addTimeEntriesIfNew(List<TimeEntry> entries) {
        int added = 0;
        for (TimeEntry e : entries) {
            if (keys.add("time|" + e.provenance().source() + "|" + e.provenance().externalId())) {
                time.add(e.withId(nextId++));
                added++;
            }
        }
        return added;
    }

    @Override
    public int addSalesIfNew(List<Sale> list) {
        int added = 0;
        for (Sale s : list) {
            if (keys.add("sale|" + s.provenance().source() + "|" + s.provenance().externalId())) {
                sales.add(s.withId(nextId++));
                added++;
            }
        }
        return added;
    }

    @Override
    public int addExpensesIfNew(List<Expense> list) {
        int added = 0;
        for (Expense e : list) {
            if (keys.add("expense|" + e.provenance().source() + "|" + e.provenance().externalId())) {
                expenses.add(e.withId(nextId++));
                added++;
            }
        }
        return added;
    }

    @Override
    public int addAudienceSnapshotsIfNew(List<AudienceSnapshot> list) {
        int added = 0;
        for (AudienceSnapshot a : list) {
            if (keys.add("audience|" + a.provenance().source() + "|" + a.provenance().externalId())) {
                audience.add(a);
                added++;
            }
        }
        return added;
    }

    @Override public ReportFacts facts(LocalDate from, LocalDate to) { throw new UnsupportedOperationException(); }
    @Override public WorkspaceSnapshot snapshot() { throw new UnsupportedOperationException(); }
    @Override public void restore(WorkspaceSnapshot snapshot) { throw new UnsupportedOperationException(); }

    private void requireNew(String table, String source, String externalId) {
        if (externalId != null && !keys.add(table + "|" + source + "|" + externalId)) {
            throw new IllegalStateException("duplicate " + table + " " + source + "/" + externalId);
        }
    }
}
