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
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workspace's recorded facts: time entries, sales and refunds, expenses, audience snapshots and
 * exchange rates, one at a time or in bulk. Bulk inserts go in JDBC batches of {@value #CHUNK} rows
 * with ON CONFLICT DO NOTHING on (workspace, source, external id), inside the caller's transaction;
 * the drivers' per-row update counts (1 new, 0 known) give how many were new.
 */
final class LedgerRows {
    static final int CHUNK = 2_000;

    private final Handle handle;
    private final Workspace workspace;

    LedgerRows(Handle handle, Workspace workspace) {
        this.handle = handle;
        this.workspace = workspace;
    }

    TimeEntry addTimeEntry(TimeEntry entry) {
        long id = Inserts.time(handle.createQuery(Inserts.TIME_ENTRY.returningId()), 0, workspace.id(), workspace.zone(),
                entry).mapTo(Long.class).one();
        return entry.withId(id);
    }

    Sale addSale(Sale sale) {
        requireBase(sale.baseGross(), sale.baseFee());
        long id = Inserts.sale(handle.createQuery(Inserts.SALE.returningId()), 0, workspace.id(), workspace.zone(), sale)
                .mapTo(Long.class).one();
        return sale.withId(id);
    }

    Optional<Sale> findSale(long id) {
        return handle.createQuery("SELECT " + RowMappers.SALE_COLUMNS + " FROM sale WHERE workspace_id = ? AND id = ?")
                .bind(0, workspace.id()).bind(1, id).map(RowMappers.SALE).findOne();
    }

    Expense addExpense(Expense expense) {
        requireBase(expense.baseAmount());
        long id = Inserts.expense(handle.createQuery(Inserts.EXPENSE.returningId()), 0, workspace.id(), expense)
                .mapTo(Long.class).one();
        return expense.withId(id);
    }

    AudienceSnapshot addAudienceSnapshot(AudienceSnapshot snapshot) {
        long id = Inserts.audience(handle.createQuery(Inserts.AUDIENCE.returningId()), 0, workspace.id(), snapshot)
                .mapTo(Long.class).one();
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
        return insertIfNew(Inserts.TIME_ENTRY, entries, TimeEntry::provenance,
                (batch, e) -> Inserts.time(batch, 0, workspace.id(), workspace.zone(), e));
    }

    int addSalesIfNew(List<Sale> sales) {
        sales.forEach(s -> requireBase(s.baseGross(), s.baseFee()));
        return insertIfNew(Inserts.SALE, sales, Sale::provenance,
                (batch, s) -> Inserts.sale(batch, 0, workspace.id(), workspace.zone(), s));
    }

    int addExpensesIfNew(List<Expense> expenses) {
        expenses.forEach(e -> requireBase(e.baseAmount()));
        return insertIfNew(Inserts.EXPENSE, expenses, Expense::provenance,
                (batch, e) -> Inserts.expense(batch, 0, workspace.id(), e));
    }

    int addAudienceSnapshotsIfNew(List<AudienceSnapshot> snapshots) {
        return insertIfNew(Inserts.AUDIENCE, snapshots, AudienceSnapshot::provenance,
                (batch, a) -> Inserts.audience(batch, 0, workspace.id(), a));
    }

    private <T> int insertIfNew(Inserts insert, List<T> rows, Function<T, Provenance> provenance,
                                java.util.function.BiConsumer<PreparedBatch, T> binder) {
        for (T row : rows) {
            Provenance p = provenance.apply(row);
            if (!p.isManual() && p.externalId() == null) {
                throw new FulcrumException("a row from " + p.source() + (p.file() == null ? "" : " file " + p.file())
                        + (p.line() == null ? "" : " line " + p.line()) + " has no external id, so it cannot be imported idempotently");
            }
        }
        int added = 0;
        for (int start = 0; start < rows.size(); start += CHUNK) {
            PreparedBatch batch = handle.prepareBatch(insert.ifNew());
            for (T row : rows.subList(start, Math.min(rows.size(), start + CHUNK))) {
                binder.accept(batch, row);
                batch.add();
            }
            for (int count : batch.execute()) {
                if (count < 0) {
                    throw new IllegalStateException("the JDBC driver did not report per-row update counts");
                }
                added += count;
            }
        }
        return added;
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
