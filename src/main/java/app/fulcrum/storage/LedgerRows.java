package app.fulcrum.storage;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workspace's recorded facts: time entries, sales and refunds, expenses, audience snapshots and
 * exchange rates, one at a time or in bulk. Bulk inserts skip rows whose (workspace, source, external
 * id) is stored already and count the new ones; how they write is {@link NewRows}'s business.
 */
final class LedgerRows {
    private final Handle handle;
    private final Workspace workspace;
    private final NewRows newRows;

    LedgerRows(Handle handle, Workspace workspace, NewRows newRows) {
        this.handle = handle;
        this.workspace = workspace;
        this.newRows = newRows;
    }

    TimeEntry addTimeEntry(TimeEntry entry) {
        new References(handle, workspace).requireTime(List.of(entry));
        long id = Writes.insertReturningId(handle, Inserts.TIME_ENTRY, entry,
                (st, at, e) -> Inserts.time(st, at, workspace.id(), workspace.zone(), e));
        return entry.withId(id);
    }

    Sale addSale(Sale sale) {
        requireBase(sale.baseGross(), sale.baseFee());
        new References(handle, workspace).requireSales(List.of(sale));
        long id = Writes.insertReturningId(handle, Inserts.SALE, sale,
                (st, at, s) -> Inserts.sale(st, at, workspace.id(), workspace.zone(), s));
        return sale.withId(id);
    }

    Optional<Sale> findSale(long id) {
        return handle.createQuery("SELECT " + RowMappers.SALE_COLUMNS + " FROM sale WHERE workspace_id = ? AND id = ?")
                .bind(0, workspace.id()).bind(1, id).map(RowMappers.SALE).findOne();
    }

    /** Uses the (workspace_id, source, external_id) index. */
    Optional<Sale> findSaleByExternalId(String source, String externalId) {
        return handle.createQuery("SELECT " + RowMappers.SALE_COLUMNS + " FROM sale WHERE workspace_id = ? AND source = ?"
                        + " AND external_id = ? AND NOT is_refund ORDER BY id")
                .bind(0, workspace.id()).bind(1, source).bind(2, externalId).map(RowMappers.SALE).findFirst();
    }

    Expense addExpense(Expense expense) {
        requireBase(expense.baseAmount());
        new References(handle, workspace).requireExpenses(List.of(expense));
        long id = Writes.insertReturningId(handle, Inserts.EXPENSE, expense,
                (st, at, e) -> Inserts.expense(st, at, workspace.id(), e));
        return expense.withId(id);
    }

    AudienceSnapshot addAudienceSnapshot(AudienceSnapshot snapshot) {
        long id = Writes.insertReturningId(handle, Inserts.AUDIENCE, snapshot,
                (st, at, a) -> Inserts.audience(st, at, workspace.id(), a));
        return new AudienceSnapshot(id, snapshot.date(), snapshot.listSize(), snapshot.buyers(), snapshot.provenance());
    }

    /** Inserts or replaces the rate of that currency on that day. */
    void putFxRate(FxRate rate) {
        handle.createUpdate("INSERT INTO fx_rate (workspace_id, currency, local_day, rate) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (workspace_id, currency, local_day) DO UPDATE SET rate = excluded.rate")
                .bind(0, workspace.id()).bind(1, rate.currency().getCurrencyCode()).bind(2, LocalDays.of(rate.date()))
                .bind(3, rate.rate().toString()).execute();
    }

    Optional<FxRate> findFxRate(Currency currency, LocalDate date) {
        return handle.createQuery("SELECT " + RowMappers.FX_COLUMNS + " FROM fx_rate WHERE workspace_id = ?"
                        + " AND currency = ? AND local_day <= ? ORDER BY local_day DESC LIMIT 1")
                .bind(0, workspace.id()).bind(1, currency.getCurrencyCode()).bind(2, LocalDays.of(date))
                .map(RowMappers.FX_RATE).findOne();
    }

    int addTimeEntriesIfNew(List<TimeEntry> entries) {
        new References(handle, workspace).requireTime(entries);
        return insertIfNew(Inserts.TIME_ENTRY, entries, TimeEntry::provenance,
                (st, at, e) -> Inserts.time(st, at, workspace.id(), workspace.zone(), e));
    }

    int addSalesIfNew(List<Sale> sales) {
        sales.forEach(s -> requireBase(s.baseGross(), s.baseFee()));
        new References(handle, workspace).requireSales(sales);
        return insertIfNew(Inserts.SALE, sales, Sale::provenance,
                (st, at, s) -> Inserts.sale(st, at, workspace.id(), workspace.zone(), s));
    }

    int addExpensesIfNew(List<Expense> expenses) {
        expenses.forEach(e -> requireBase(e.baseAmount()));
        new References(handle, workspace).requireExpenses(expenses);
        return insertIfNew(Inserts.EXPENSE, expenses, Expense::provenance,
                (st, at, e) -> Inserts.expense(st, at, workspace.id(), e));
    }

    int addAudienceSnapshotsIfNew(List<AudienceSnapshot> snapshots) {
        return insertIfNew(Inserts.AUDIENCE, snapshots, AudienceSnapshot::provenance,
                (st, at, a) -> Inserts.audience(st, at, workspace.id(), a));
    }

    private <T> int insertIfNew(Inserts insert, List<T> rows, Function<T, Provenance> provenance,
                                Inserts.RowBinder<T> binder) {
        for (T row : rows) {
            Provenance p = provenance.apply(row);
            if (!p.isManual() && p.externalId() == null) {
                throw new FulcrumException("a row from " + p.source() + (p.file() == null ? "" : " file " + p.file())
                        + (p.line() == null ? "" : " line " + p.line()) + " has no external id, so it cannot be imported idempotently");
            }
        }
        return newRows.insert(insert, rows, provenance, binder);
    }

    private void requireBase(Money... amounts) {
        for (Money amount : amounts) {
            if (!amount.currency().equals(workspace.currency())) {
                throw new FulcrumException("base amounts must be in the workspace currency " + workspace.currency()
                        + ", got " + amount);
            }
        }
    }
}
