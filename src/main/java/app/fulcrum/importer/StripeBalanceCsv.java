package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * Stripe balance exports: "Balance → All activity" ({@code id,Type,Source,Amount,Fee,Net,...}) and the
 * itemized "Balance change from activity" report ({@code balance_transaction_id,...,reporting_category}).
 *
 * <p>Design note (FORMATS.md §5b). One row per balance transaction, amounts signed from the balance's
 * side (Net = Amount − Fee), UTC times. Charges are sales; refunds are refunds (positive amounts,
 * dated on their own row, not linked: the export names the refund, not the charge); a lost dispute is
 * a refund whose fee is the dispute fee; Stripe's own billing fees are platform expenses; payouts,
 * transfers and top-ups only move money between accounts and are skipped. The id is the balance
 * transaction id, so import either this or the payments export for a period, not both.
 */
public final class StripeBalanceCsv implements SourceFormat {
    private static final Set<String> SALES = Set.of("charge", "payment");
    private static final Set<String> REFUNDS = Set.of("refund", "payment_refund");
    private static final Set<String> DISPUTES = Set.of("adjustment", "dispute", "dispute_reversal");
    private static final Set<String> FEES = Set.of("stripe_fee", "fee", "network_cost", "tax", "stripe_fx_fee");

    @Override
    public String id() {
        return "stripe-balance";
    }

    @Override
    public String description() {
        return "Stripe balance history CSV (all activity or itemized balance change)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has("id", "type", "amount", "fee", "available on (utc)")
                || header.has("balance_transaction_id", "reporting_category", "gross");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvTable.read(fileName, content, sink, header -> new Rows(new Columns(header), options.baseCurrency(), sink));
    }

    private record Columns(int id, int type, int amount, int fee, int net, int currency, int created,
                           int description, int customer) {
        Columns(CsvHeader h) {
            this(h.require("id", "balance_transaction_id"), h.require("Type", "reporting_category"),
                    h.require("Amount", "gross"), h.require("Fee"), h.find("Net"), h.require("Currency"),
                    h.require("Created (UTC)", "created_utc", "Created date (UTC)"), h.find("Description"),
                    h.find("customer_email", "Customer Email"));
        }
    }

    private record Rows(Columns c, Currency base, RowSink sink) implements CsvTable.RowReader {
        @Override
        public void row(CsvRow row) {
            String type = row.text(c.type()).toLowerCase(Locale.ROOT);
            if (!SALES.contains(type) && !REFUNDS.contains(type) && !DISPUTES.contains(type) && !FEES.contains(type)) {
                sink.skipped(row.line(), skipReason(row.text(c.type())));
                return;
            }
            String id = row.required(c.id(), "the balance transaction id such as txn_1OxA...");
            Instant at = row.dateTime(c.created(), DateTimeText.Iso.DATE_TIME, "2024-03-04 09:12").toInstant(ZoneOffset.UTC);
            Currency currency = row.currency(c.currency());
            BigDecimal amount = row.decimal(c.amount(), '.', Locale.US);
            BigDecimal fee = row.decimalOrZero(c.fee(), '.', Locale.US);
            checkNet(row, amount, fee);
            Money gross = row.money(amount.abs(), c.amount(), currency);
            Money feeMoney = row.money(fee, c.fee(), currency);
            String description = row.textOrNull(c.description());
            if (SALES.contains(type) || (DISPUTES.contains(type) && amount.signum() > 0)) {
                requireSign(row, amount, 1, "a positive amount for a " + type);
                sink.row(ImportedMoney.sale(row.line(), id, description, row.textOrNull(c.customer()), at, gross, feeMoney,
                        base, false, null, description));
            } else if (REFUNDS.contains(type) || DISPUTES.contains(type)) {
                requireSign(row, amount, -1, "a negative amount for a " + type);
                sink.row(ImportedMoney.refund(row.line(), id, null, description, row.textOrNull(c.customer()), at, gross,
                        feeMoney, base, description));
            } else {
                Money outflow = row.money(amount.negate().add(fee), c.amount(), currency);
                if (outflow.isNegative() || outflow.isZero()) {
                    sink.skipped(row.line(), "Stripe " + type + " credit of " + outflow.negate().toPlainString()
                            + ": no cost to record");
                    return;
                }
                sink.row(ImportedMoney.expense(row.line(), id, ExpenseCategory.PLATFORM, null, at, outflow, base,
                        description == null ? "Stripe " + type : description));
            }
        }

        private void checkNet(CsvRow row, BigDecimal amount, BigDecimal fee) {
            if (c.net() >= 0 && !row.isBlank(c.net())) {
                BigDecimal net = row.decimal(c.net(), '.', Locale.US);
                if (net.compareTo(amount.subtract(fee)) != 0) {
                    throw row.bad(c.net(), "Amount − Fee = " + amount.subtract(fee).toPlainString());
                }
            }
        }

        private void requireSign(CsvRow row, BigDecimal amount, int sign, String expected) {
            if (amount.signum() != 0 && amount.signum() != sign) {
                throw row.bad(c.amount(), expected);
            }
        }

        private static String skipReason(String type) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.startsWith("payout") || t.startsWith("transfer") || t.startsWith("topup") || t.contains("reserve")) {
                return "Stripe " + type + ": moves money between your accounts, not revenue";
            }
            return "Stripe balance type '" + type + "' is not a sale, refund, dispute or fee";
        }
    }
}
