package app.fulcrum.storage;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.app.WorkspaceStore;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One workspace's data inside one open transaction. Every statement of the row classes it delegates
 * to is scoped by the workspace id.
 */
final class SqlWorkspaceStore implements WorkspaceStore {
    private final Handle handle;
    private final Vendor vendor;
    private final NewRows newRows;
    private Workspace workspace;
    private ProfileRows profile;
    private LedgerRows ledger;

    SqlWorkspaceStore(Handle handle, Workspace workspace, Vendor vendor) {
        this.handle = handle;
        this.vendor = vendor;
        this.newRows = new NewRows(handle, vendor, workspace.id());
        use(workspace);
    }

    private void use(Workspace current) {
        workspace = current;
        profile = new ProfileRows(handle, current);
        ledger = new LedgerRows(handle, current, newRows);
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void updateWorkspace(Workspace updated) {
        profile.updateWorkspace(updated);
        use(updated);
    }

    @Override
    public Settings settings() {
        return profile.settings();
    }

    @Override
    public void putSetting(String key, String value) {
        profile.putSetting(key, value);
    }

    @Override
    public Stream addStream(Stream stream) {
        return profile.addStream(stream);
    }

    @Override
    public void updateStream(Stream stream) {
        profile.updateStream(stream);
    }

    @Override
    public List<Stream> streams() {
        return profile.streams();
    }

    @Override
    public Optional<Stream> findStream(String name) {
        return profile.findStream(name);
    }

    @Override
    public Optional<Stream> findStream(long id) {
        return profile.findStream(id);
    }

    @Override
    public Person addPerson(Person person) {
        return profile.addPerson(person);
    }

    @Override
    public void updatePerson(Person person) {
        profile.updatePerson(person);
    }

    @Override
    public List<Person> people() {
        return profile.people();
    }

    @Override
    public Optional<Person> findPerson(String nameOrEmail) {
        return profile.findPerson(nameOrEmail);
    }

    @Override
    public Person owner() {
        return profile.findOwner()
                .orElseThrow(() -> new FulcrumException("workspace '" + workspace.name() + "' has no owner"));
    }

    @Override
    public TimeEntry addTimeEntry(TimeEntry entry) {
        return ledger.addTimeEntry(entry);
    }

    @Override
    public Sale addSale(Sale sale) {
        return ledger.addSale(sale);
    }

    @Override
    public Optional<Sale> findSale(long id) {
        return ledger.findSale(id);
    }

    @Override
    public Optional<Sale> findSaleByExternalId(String source, String externalId) {
        return ledger.findSaleByExternalId(source, externalId);
    }

    @Override
    public Expense addExpense(Expense expense) {
        return ledger.addExpense(expense);
    }

    @Override
    public AudienceSnapshot addAudienceSnapshot(AudienceSnapshot snapshot) {
        return ledger.addAudienceSnapshot(snapshot);
    }

    @Override
    public void putFxRate(FxRate rate) {
        ledger.putFxRate(rate);
    }

    @Override
    public Optional<FxRate> findFxRate(Currency currency, LocalDate date) {
        return ledger.findFxRate(currency, date);
    }

    @Override
    public int addTimeEntriesIfNew(List<TimeEntry> entries) {
        return ledger.addTimeEntriesIfNew(entries);
    }

    @Override
    public int addSalesIfNew(List<Sale> sales) {
        return ledger.addSalesIfNew(sales);
    }

    @Override
    public int addExpensesIfNew(List<Expense> expenses) {
        return ledger.addExpensesIfNew(expenses);
    }

    @Override
    public int addAudienceSnapshotsIfNew(List<AudienceSnapshot> snapshots) {
        return ledger.addAudienceSnapshotsIfNew(snapshots);
    }

    @Override
    public ReportFacts facts(LocalDate from, LocalDate to) {
        return new FactQueries(handle, workspace).facts(from, to, profile, vendor);
    }

    @Override
    public WorkspaceSnapshot snapshot() {
        return new SnapshotRows(handle, workspace.id(), vendor).snapshot(profile);
    }

    @Override
    public void restore(WorkspaceSnapshot snapshot) {
        new SnapshotRows(handle, workspace.id(), vendor).restore(snapshot);
        use(ProfileRows.findWorkspace(handle, workspace.id()).orElseThrow());
    }
}
