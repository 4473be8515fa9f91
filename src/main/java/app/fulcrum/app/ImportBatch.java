package app.fulcrum.app;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Buffers mapped rows and writes them in batches with the store's insert-if-new calls, so memory
 * stays flat however long the file and the database sees few round trips. Counts new vs known.
 */
final class ImportBatch {
    static final int SIZE = 5_000;

    private final WorkspaceStore store;
    private final ImportTally tally;
    private final List<TimeEntry> time = new ArrayList<>(SIZE);
    private final List<Sale> sales = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private final List<AudienceSnapshot> audience = new ArrayList<>();
    private long writeNanos;

    ImportBatch(WorkspaceStore store, ImportTally tally) {
        this.store = store;
        this.tally = tally;
    }

    void add(TimeEntry entry) {
        time.add(entry);
        if (time.size() >= SIZE) {
            flushTime();
        }
    }

    void add(Sale sale) {
        sales.add(sale);
        if (sales.size() >= SIZE) {
            flushSales();
        }
    }

    void add(Expense expense) {
        expenses.add(expense);
        if (expenses.size() >= SIZE) {
            flush();
        }
    }

    void add(AudienceSnapshot snapshot) {
        audience.add(snapshot);
        if (audience.size() >= SIZE) {
            flush();
        }
    }

    /** Writes pending sales so a refund can find the sale it refunds. */
    void flushSales() {
        if (!sales.isEmpty()) {
            long start = System.nanoTime();
            tally.written(sales.size(), store.addSalesIfNew(sales));
            sales.clear();
            writeNanos += System.nanoTime() - start;
        }
    }

    void flush() {
        flushTime();
        flushSales();
        long start = System.nanoTime();
        if (!expenses.isEmpty()) {
            tally.written(expenses.size(), store.addExpensesIfNew(expenses));
            expenses.clear();
        }
        if (!audience.isEmpty()) {
            tally.written(audience.size(), store.addAudienceSnapshotsIfNew(audience));
            audience.clear();
        }
        writeNanos += System.nanoTime() - start;
    }

    /** Drops what is pending (after a bad row: nothing will be kept anyway). */
    void discard() {
        time.clear();
        sales.clear();
        expenses.clear();
        audience.clear();
    }

    /** Time spent in the store's write calls, for the benchmark's parse-vs-write split. */
    long writeNanos() {
        return writeNanos;
    }

    private void flushTime() {
        if (!time.isEmpty()) {
            long start = System.nanoTime();
            tally.written(time.size(), store.addTimeEntriesIfNew(time));
            time.clear();
            writeNanos += System.nanoTime() - start;
        }
    }
}
