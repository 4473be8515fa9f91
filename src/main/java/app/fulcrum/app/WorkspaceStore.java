package app.fulcrum.app;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The data of one workspace. Every method is scoped to that workspace: an implementation never
 * reads or writes another workspace's rows. Ids passed in records to {@code add…} are ignored; the
 * returned record carries the id assigned. Run several calls atomically with
 * {@link Database#inTransaction}.
 */
public interface WorkspaceStore {

    Workspace workspace();

    void updateWorkspace(Workspace workspace);

    Settings settings();

    void putSetting(String key, String value);

    Stream addStream(Stream stream);

    void updateStream(Stream stream);

    List<Stream> streams();

    /** Case-insensitive name match. */
    Optional<Stream> findStream(String name);

    Optional<Stream> findStream(long id);

    Person addPerson(Person person);

    void updatePerson(Person person);

    List<Person> people();

    /** Case-insensitive match on name or email. */
    Optional<Person> findPerson(String nameOrEmail);

    Person owner();

    TimeEntry addTimeEntry(TimeEntry entry);

    Sale addSale(Sale sale);

    Optional<Sale> findSale(long id);

    /**
     * The imported sale with this provenance (source, external id), so an imported refund can point
     * at it. This default scans the snapshot; stores override it with an indexed query.
     */
    default Optional<Sale> findSaleByExternalId(String source, String externalId) {
        return snapshot().sales().stream()
                .filter(s -> !s.refund() && source.equals(s.provenance().source())
                        && externalId.equals(s.provenance().externalId()))
                .findFirst();
    }

    Expense addExpense(Expense expense);

    AudienceSnapshot addAudienceSnapshot(AudienceSnapshot snapshot);

    void putFxRate(FxRate rate);

    /** The rate in force on {@code date}: the latest dated on or before it. */
    Optional<FxRate> findFxRate(Currency currency, LocalDate date);

    /**
     * Imported rows in bulk, skipping any whose (source, external id) is already stored.
     * Returns how many were new; the rest were already known.
     */
    int addTimeEntriesIfNew(List<TimeEntry> entries);

    int addSalesIfNew(List<Sale> sales);

    int addExpensesIfNew(List<Expense> expenses);

    int addAudienceSnapshotsIfNew(List<AudienceSnapshot> snapshots);

    /** Aggregated facts for days in [from, to] (inclusive, workspace-local); nulls mean unbounded. */
    ReportFacts facts(LocalDate from, LocalDate to);

    /** Every row of the workspace, for export. */
    WorkspaceSnapshot snapshot();

    /** Replaces every row of this workspace with the snapshot's, keeping ids. */
    void restore(WorkspaceSnapshot snapshot);
}
