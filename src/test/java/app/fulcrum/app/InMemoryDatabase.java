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
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A one-workspace database in memory for use-case tests: transactions copy the state and put it back
 * when the work throws, which is the rollback the import relies on. Reports are not supported.
 */
public final class InMemoryDatabase implements Database {
    private State state = new State();
    private Workspace workspace;

    private static final class State implements Cloneable {
        Settings settings = Settings.empty();
        List<Stream> streams = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<TimeEntry> time = new ArrayList<>();
        List<Sale> sales = new ArrayList<>();
        List<Expense> expenses = new ArrayList<>();
        List<AudienceSnapshot> audience = new ArrayList<>();
        List<FxRate> rates = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long nextId = 1;

        State copy() {
            State c = new State();
            c.settings = settings;
            c.streams = new ArrayList<>(streams);
            c.people = new ArrayList<>(people);
            c.time = new ArrayList<>(time);
            c.sales = new ArrayList<>(sales);
            c.expenses = new ArrayList<>(expenses);
            c.audience = new ArrayList<>(audience);
            c.rates = new ArrayList<>(rates);
            c.keys = new HashSet<>(keys);
            c.nextId = nextId;
            return c;
        }
    }

    @Override
    public Workspace createWorkspace(Workspace w, String ownerName, String ownerEmail) {
        workspace = new Workspace(1, w.name(), w.currency(), w.zone());
        state.people.add(new Person(state.nextId++, ownerName, ownerEmail, PersonRole.OWNER, null));
        return workspace;
    }

    @Override
    public List<Workspace> workspaces() {
        return workspace == null ? List.of() : List.of(workspace);
    }

    @Override
    public Optional<Workspace> findWorkspace(long id) {
        return Optional.ofNullable(workspace).filter(w -> w.id() == id);
    }

    @Override
    public <T> T inTransaction(long workspaceId, Function<WorkspaceStore, T> work) {
        State before = state.copy();
        try {
            return work.apply(new Store());
        } catch (RuntimeException e) {
            state = before;
            throw e;
        }
    }

    @Override
    public String vendor() {
        return "memory";
    }

    @Override
    public void close() {
    }

    public List<TimeEntry> timeEntries() {
        return List.copyOf(state.time);
    }

    List<Sale> sales() {
        return List.copyOf(state.sales);
    }

    List<Person> people() {
        return List.copyOf(state.people);
    }

    private final class Store implements WorkspaceStore {
        @Override public Workspace workspace() { return workspace; }
        @Override public void updateWorkspace(Workspace w) { workspace = w; }
        @Override public Settings settings() { return state.settings; }
        @Override public void putSetting(String key, String value) { state.settings = state.settings.with(key, value); }
        @Override public Stream addStream(Stream s) { Stream n = s.withId(state.nextId++); state.streams.add(n); return n; }
        @Override public void updateStream(Stream s) { state.streams.replaceAll(o -> o.id() == s.id() ? s : o); }
        @Override public List<Stream> streams() { return List.copyOf(state.streams); }
        @Override public Optional<Stream> findStream(String name) {
            return state.streams.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
        }
        @Override public Optional<Stream> findStream(long id) { return state.streams.stream().filter(s -> s.id() == id).findFirst(); }
        @Override public Person addPerson(Person p) { Person n = p.withId(state.nextId++); state.people.add(n); return n; }
        @Override public void updatePerson(Person p) { state.people.replaceAll(o -> o.id() == p.id() ? p : o); }
        @Override public List<Person> people() { return List.copyOf(state.people); }
        @Override public Optional<Person> findPerson(String key) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            return state.people.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(k)
                    || (p.email() != null && p.email().toLowerCase(Locale.ROOT).equals(k))).findFirst();
        }
        @Override public Person owner() { return state.people.stream().filter(Person::isOwner).findFirst().orElseThrow(); }
        @Override public TimeEntry addTimeEntry(TimeEntry e) { TimeEntry n = e.withId(state.nextId++); state.time.add(n); return n; }
        @Override public Sale addSale(Sale s) { Sale n = s.withId(state.nextId++); state.sales.add(n); return n; }
        @Override public Optional<Sale> findSale(long id) { return state.sales.stream().filter(s -> s.id() == id).findFirst(); }
        @Override public Expense addExpense(Expense e) { Expense n = e.withId(state.nextId++); state.expenses.add(n); return n; }
        @Override public AudienceSnapshot addAudienceSnapshot(AudienceSnapshot a) { state.audience.add(a); return a; }
        @Override public void putFxRate(FxRate rate) { state.rates.add(rate); }
        @Override public Optional<FxRate> findFxRate(Currency currency, LocalDate date) {
            return state.rates.stream().filter(r -> r.currency().equals(currency) && !r.date().isAfter(date))
                    .max(Comparator.comparing(FxRate::date));
        }
        @Override public int addTimeEntriesIfNew(List<TimeEntry> entries) {
            int fresh = 0;
            for (TimeEntry e : entries) {
                if (state.keys.add("t|" + e.provenance().source() + "|" + e.provenance().externalId())) { addTimeEntry(e); fresh++; }
            }
            return fresh;
        }
        @Override public int addSalesIfNew(List<Sale> sales) {
            int fresh = 0;
            for (Sale s : sales) {
                if (state.keys.add("s|" + s.provenance().source() + "|" + s.provenance().externalId())) { addSale(s); fresh++; }
            }
            return fresh;
        }
        @Override public int addExpensesIfNew(List<Expense> expenses) {
            int fresh = 0;
            for (Expense e : expenses) {
                if (state.keys.add("e|" + e.provenance().source() + "|" + e.provenance().externalId())) { addExpense(e); fresh++; }
            }
            return fresh;
        }
        @Override public int addAudienceSnapshotsIfNew(List<AudienceSnapshot> snapshots) {
            int fresh = 0;
            for (AudienceSnapshot a : snapshots) {
                if (state.keys.add("a|" + a.provenance().source() + "|" + a.provenance().externalId())) { addAudienceSnapshot(a); fresh++; }
            }
            return fresh;
        }
        @Override public ReportFacts facts(LocalDate from, LocalDate to) { throw new UnsupportedOperationException("reports"); }
        @Override public WorkspaceSnapshot snapshot() {
            return new WorkspaceSnapshot(WorkspaceSnapshot.FORMAT_VERSION, workspace, state.settings, state.streams,
                    state.people, state.time, state.sales, state.expenses, state.audience, state.rates);
        }
        @Override public void restore(WorkspaceSnapshot snapshot) { throw new UnsupportedOperationException("restore"); }
    }
}
