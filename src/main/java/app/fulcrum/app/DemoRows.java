package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the demo's rows in memory (a few thousand) and writes them with the bulk {@code …IfNew}
 * methods. Every row's provenance is source {@code demo} with a sequential external id, so the rows
 * are traceable and a second write of the same rows adds nothing.
 */
final class DemoRows {
    static final String SOURCE = "demo";

    private final Currency currency;
    private final ZoneId zone;
    private final List<TimeEntry> time = new ArrayList<>();
    private final List<Sale> sales = new ArrayList<>();
    private final List<Refunded> refunded = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private final List<AudienceSnapshot> audience = new ArrayList<>();
    private final Map<String, LocalDate> firstPurchase = new HashMap<>();
    private int sequence;

    DemoRows(Currency currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
    }

    /** Card processing as most payment providers charge it: 2.9% (rounded half up to the cent) + 0.30. */
    static long cardFeeMinor(long grossMinor) {
        return (grossMinor * 29 + 500) / 1000 + 30;
    }

    void time(long personId, Stream stream, Activity activity, Instant start, int minutes, String note) {
        time.add(new TimeEntry(0, personId, stream == null ? null : stream.id(), activity, start, minutes * 60L, note,
                provenance("time")));
    }

    Sale sale(Stream stream, Instant at, String customer, long grossMinor, long feeMinor, String channel) {
        Money gross = new Money(grossMinor, currency);
        Money fee = new Money(feeMinor, currency);
        Sale sale = new Sale(0, stream.id(), at, customer, gross, fee, gross, fee, false, null, false, channel,
                provenance("sale"));
        sales.add(sale);
        firstPurchase.merge(customer, at.atZone(zone).toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
        return sale;
    }

    /** Refunds {@code sale} in full at {@code at}; the card fee is not returned, as with most providers. */
    void refund(Sale sale, Instant at) {
        sales.remove(sale);
        Money zero = Money.zero(currency);
        Sale refund = new Sale(0, sale.streamId(), at, sale.customer(), sale.gross(), zero, sale.baseGross(), zero,
                true, null, false, sale.channel(), provenance("refund"));
        refunded.add(new Refunded(sale, refund));
    }

    void expense(Stream stream, ExpenseCategory category, LocalDate date, long minor, String note) {
        Money amount = new Money(minor, currency);
        expenses.add(new Expense(0, stream == null ? null : stream.id(), category, amount, amount, date, note,
                provenance("expense")));
    }

    /** How many distinct customers had paid by the end of {@code date}. */
    long buyersBy(LocalDate date) {
        return firstPurchase.values().stream().filter(d -> !d.isAfter(date)).count();
    }

    void audience(LocalDate date, long listSize, long buyers) {
        audience.add(new AudienceSnapshot(0, date, listSize, buyers, provenance("audience")));
    }

    /** Writes every row; a refunded sale is stored first so that its refund can point at its id. */
    DemoBusiness.Counts writeTo(WorkspaceStore store) {
        int timeRows = store.addTimeEntriesIfNew(time);
        int saleRows = store.addSalesIfNew(sales);
        for (Refunded pair : refunded) {
            Sale stored = store.addSale(pair.sale());
            Sale r = pair.refund();
            store.addSale(new Sale(0, r.streamId(), r.at(), r.customer(), r.gross(), r.fee(), r.baseGross(),
                    r.baseFee(), true, stored.id(), false, r.channel(), r.provenance()));
            saleRows += 2;
        }
        int expenseRows = store.addExpensesIfNew(expenses);
        int audienceRows = store.addAudienceSnapshotsIfNew(audience);
        return new DemoBusiness.Counts(timeRows, saleRows, expenseRows, audienceRows);
    }

    private record Refunded(Sale sale, Sale refund) {
    }

    private Provenance provenance(String kind) {
        sequence++;
        return new Provenance(SOURCE, null, null, kind + "-" + sequence);
    }
}
