package app.fulcrum.app;

import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Workspace;
import app.fulcrum.importer.ImportedMoney;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an imported sale, refund or expense into the domain row. Amounts in another currency than
 * the base are converted with the workspace's rate of that day (the latest on or before it) unless
 * the platform stated the settled base amount; no rate is a row problem, naming currency and date.
 * A refund points at the sale whose external id it names, looked up after pending sales are written.
 */
final class MoneyRows {
    private final WorkspaceStore store;
    private final Workspace workspace;
    private final Map<String, Optional<FxRate>> rates = new HashMap<>();

    MoneyRows(WorkspaceStore store) {
        this.store = store;
        this.workspace = store.workspace();
    }

    Sale sale(ImportedMoney row, long streamId, Provenance provenance, ImportBatch batch) {
        Money baseGross = row.baseGross() != null ? row.baseGross() : toBase(row.gross(), row.at());
        Money fee = row.fee() != null ? row.fee() : Money.zero(row.gross().currency());
        Money baseFee = row.baseFee() != null ? row.baseFee() : toBase(fee, row.at());
        Long refundOf = null;
        if (row.kind() == ImportedMoney.Kind.REFUND && row.refundOfExternalId() != null) {
            batch.flushSales();
            refundOf = store.findSaleByExternalId(provenance.source(), row.refundOfExternalId())
                    .map(Sale::id).orElse(null);
        }
        return new Sale(0, streamId, row.at(), row.customer(), row.gross(), fee, baseGross, baseFee,
                row.kind() == ImportedMoney.Kind.REFUND, refundOf, row.recurring(), row.channel(), provenance);
    }

    Expense expense(ImportedMoney row, Long streamId, Provenance provenance) {
        ExpenseCategory category = row.category() == null ? ExpenseCategory.OTHER : row.category();
        Money base = row.baseGross() != null ? row.baseGross() : toBase(row.gross(), row.at());
        return new Expense(0, streamId, category, row.gross(), base, localDate(row.at()), row.description(),
                provenance);
    }

    Money toBase(Money amount, java.time.Instant at) {
        if (amount.currency().equals(workspace.currency())) {
            return amount;
        }
        LocalDate day = localDate(at);
        Optional<FxRate> rate = rates.computeIfAbsent(amount.currency().getCurrencyCode() + day,
                k -> store.findFxRate(amount.currency(), day));
        return rate.orElseThrow(() -> new FulcrumException("found " + amount + " on " + day + " with no "
                + amount.currency().getCurrencyCode() + " exchange rate on or before that day, expected a rate to "
                + workspace.currency().getCurrencyCode() + " (add one with 'fulcrum fx add')"))
                .convert(amount, workspace.currency());
    }

    LocalDate localDate(java.time.Instant at) {
        return LocalDate.ofInstant(at, workspace.zone());
    }
}
